package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

const settingsColumns = `style, superior_body, issuing_body, place, symbol, number, date, basis,
	reporter, closer, receiver, authority, position, signer, assessment, recommendations, program_id, due_day, term_start`

// SaveReportSettings stores the settings of one organisation, report kind and
// period (the zero period for the defaults), replacing what was stored for the
// same three whatever its version, which it leaves as it is, so that loading
// the same data twice changes nothing (the demo, tests). A person's save goes
// through UpdateReportSettings, which checks and moves the version on.
func (s *Store) SaveReportSettings(ctx context.Context, rs domain.ReportSettings) error {
	_, err := s.saveSettings(ctx, rs, func(tx *Store) (int64, bool, error) {
		id, err := tx.upsertSettings(ctx, rs)
		return id, true, err
	})
	return err
}

// UpdateReportSettings stores rs if the row stands at version expected (0:
// no row stored yet), with its version moved on and rs.ChangedBy and
// rs.ChangedAt as who changed it and when. It returns false, writing
// nothing, when the row has moved on (or appeared) since: the caller refuses
// the save as stale. The condition is in the write itself, so two
// concurrent saves of one version cannot both succeed on either engine.
func (s *Store) UpdateReportSettings(ctx context.Context, rs domain.ReportSettings, expected int64) (bool, error) {
	return s.saveSettings(ctx, rs, func(tx *Store) (int64, bool, error) {
		if expected == 0 {
			return tx.insertSettings(ctx, rs)
		}
		return tx.updateSettings(ctx, rs, expected)
	})
}

// saveSettings checks rs, writes its row with write and its recipients, in
// one transaction.
func (s *Store) saveSettings(ctx context.Context, rs domain.ReportSettings, write func(tx *Store) (int64, bool, error)) (bool, error) {
	if err := validateSettings(rs); err != nil {
		return false, err
	}
	saved := false
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, rs.OrgID); err != nil {
			return err
		}
		if err := tx.requireProgram(ctx, rs.OrgID, rs.ProgramID); err != nil {
			return err
		}
		id, ok, err := write(tx)
		if err != nil || !ok {
			return err
		}
		saved = true
		return tx.replaceRecipients(ctx, id, rs.Recipients)
	})
	if err != nil {
		return false, wrap(err, "save report settings %s/%s of org %d", rs.Kind, settingsPeriod(rs.Period), rs.OrgID)
	}
	return saved, nil
}

func validateSettings(rs domain.ReportSettings) error {
	var pr problems
	if rs.OrgID == 0 {
		pr.add("org", "chưa chọn đơn vị (tổ chức)")
	}
	if rs.Kind == "" {
		pr.add("kind", "chưa có loại báo cáo")
	}
	if rs.Style != "" && rs.Style != domain.PartyDocument && rs.Style != domain.StateDocument {
		pr.add("style", fmt.Sprintf("thể thức %q không có (party hoặc state)", rs.Style))
	}
	if rs.DueDay < 0 || rs.DueDay > 31 {
		pr.add("due_day", "hạn nộp là một ngày trong tháng, từ 1 đến 31")
	}
	if !rs.Period.IsZero() {
		if back, err := domain.ParsePeriod(rs.Period.String()); err != nil || back != rs.Period {
			pr.add("period", "kỳ báo cáo không hợp lệ")
		}
	}
	return pr.err("thiết lập báo cáo chưa hợp lệ")
}

// settingsPeriod is the stored key of a period: "" for the defaults.
func settingsPeriod(p domain.Period) string {
	if p.IsZero() {
		return ""
	}
	return p.String()
}

func (s *Store) upsertSettings(ctx context.Context, rs domain.ReportSettings) (int64, error) {
	var id int64
	err := s.q.QueryRowContext(ctx, `INSERT INTO report_settings (org_id, kind, period, `+settingsColumns+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
		ON CONFLICT (org_id, kind, period) DO UPDATE SET
			style = excluded.style, superior_body = excluded.superior_body, issuing_body = excluded.issuing_body,
			place = excluded.place, symbol = excluded.symbol, number = excluded.number, date = excluded.date,
			basis = excluded.basis, reporter = excluded.reporter, closer = excluded.closer,
			receiver = excluded.receiver, authority = excluded.authority, position = excluded.position,
			signer = excluded.signer, assessment = excluded.assessment,
			recommendations = excluded.recommendations, program_id = excluded.program_id,
			due_day = excluded.due_day, term_start = excluded.term_start
		RETURNING id`, s.settingsArgs(rs)...,
	).Scan(&id)
	return id, err
}

// settingsArgs are the arguments $1 … $22 of a settings row: the key, then
// settingsColumns in order.
func (s *Store) settingsArgs(rs domain.ReportSettings) []any {
	return []any{rs.OrgID, rs.Kind, settingsPeriod(rs.Period), string(rs.Style), rs.SuperiorBody, rs.IssuingBody,
		rs.Place, rs.Symbol, rs.Number, s.dateArg(rs.Date), rs.Basis, rs.Reporter, rs.Closer, rs.Receiver,
		rs.Authority, rs.Position, rs.Signer, rs.Assessment, rs.Recommendations, nullID(rs.ProgramID), rs.DueDay,
		rs.TermStart}
}

// insertSettings stores the first row of its key, or reports false when one
// is stored already.
func (s *Store) insertSettings(ctx context.Context, rs domain.ReportSettings) (int64, bool, error) {
	var id int64
	err := s.q.QueryRowContext(ctx, `INSERT INTO report_settings (org_id, kind, period, `+settingsColumns+`,
			changed_by, changed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
		ON CONFLICT (org_id, kind, period) DO NOTHING
		RETURNING id`, append(s.settingsArgs(rs), rs.ChangedBy, s.timeArg(rs.ChangedAt))...,
	).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

// updateSettings overwrites the row of its key if it stands at version
// expected, or reports false.
func (s *Store) updateSettings(ctx context.Context, rs domain.ReportSettings, expected int64) (int64, bool, error) {
	var id int64
	err := s.q.QueryRowContext(ctx, `UPDATE report_settings SET
			style = $4, superior_body = $5, issuing_body = $6, place = $7, symbol = $8, number = $9, date = $10,
			basis = $11, reporter = $12, closer = $13, receiver = $14, authority = $15, position = $16,
			signer = $17, assessment = $18, recommendations = $19, program_id = $20, due_day = $21,
			term_start = $22, version = version + 1, changed_by = $23, changed_at = $24
		WHERE org_id = $1 AND kind = $2 AND period = $3 AND version = $25
		RETURNING id`, append(s.settingsArgs(rs), rs.ChangedBy, s.timeArg(rs.ChangedAt), expected)...,
	).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

func (s *Store) replaceRecipients(ctx context.Context, settingsID int64, recipients []string) error {
	if _, err := s.q.ExecContext(ctx, `DELETE FROM report_recipients WHERE settings_id = $1`, settingsID); err != nil {
		return err
	}
	for i, r := range recipients {
		_, err := s.q.ExecContext(ctx, `INSERT INTO report_recipients (settings_id, position, text)
			VALUES ($1, $2, $3)`, settingsID, i+1, r)
		if err != nil {
			return err
		}
	}
	return nil
}

// ReportSettings returns the organisation's settings for a kind of report in
// period p: the defaults with the settings stored for p laid over them. The
// result's Period is p. An organisation without stored defaults starts from
// domain.DefaultReportSettings; NotFound only if the organisation is unknown.
func (s *Store) ReportSettings(ctx context.Context, orgID int64, kind string, p domain.Period) (domain.ReportSettings, error) {
	defaults, haveDefaults, err := s.settingsRow(ctx, orgID, kind, "")
	if err != nil {
		return domain.ReportSettings{}, err
	}
	var own domain.ReportSettings
	if !p.IsZero() {
		if own, _, err = s.settingsRow(ctx, orgID, kind, p.String()); err != nil {
			return domain.ReportSettings{}, err
		}
	}
	if !haveDefaults {
		// Nobody has set this organisation's report up yet: it starts from
		// defaults made of its own names, so that a new commune can report.
		if defaults, err = s.StartingReportSettings(ctx, orgID, kind); err != nil {
			return domain.ReportSettings{}, err
		}
	}
	rs := defaults.Overlay(own)
	rs.OrgID, rs.Kind, rs.Period = orgID, kind, p
	return rs, nil
}

// StartingReportSettings are the settings an organisation starts from while
// none are stored (domain.DefaultReportSettings of it and its parent): the
// defaults ReportSettings falls back on, and the examples the settings page
// quotes.
func (s *Store) StartingReportSettings(ctx context.Context, orgID int64, kind string) (domain.ReportSettings, error) {
	org, err := s.OrgByID(ctx, orgID)
	if err != nil {
		return domain.ReportSettings{}, err
	}
	var parent domain.Org
	if org.ParentID != 0 {
		if parent, err = s.OrgByID(ctx, org.ParentID); err != nil {
			return domain.ReportSettings{}, err
		}
	}
	rs := domain.DefaultReportSettings(org, parent)
	rs.Kind = kind
	return rs, nil
}

// settingsRow reads one stored row, reporting whether there is one.
func (s *Store) settingsRow(ctx context.Context, orgID int64, kind, period string) (domain.ReportSettings, bool, error) {
	var rs domain.ReportSettings
	var id int64
	var style string
	err := s.q.QueryRowContext(ctx, `SELECT id, `+settingsColumns+`, version, changed_by, changed_at
		FROM report_settings WHERE org_id = $1 AND kind = $2 AND period = $3`, orgID, kind, period).Scan(&id, &style,
		&rs.SuperiorBody, &rs.IssuingBody, &rs.Place, &rs.Symbol, &rs.Number, dateCol{&rs.Date}, &rs.Basis,
		&rs.Reporter, &rs.Closer, &rs.Receiver, &rs.Authority, &rs.Position, &rs.Signer, &rs.Assessment,
		&rs.Recommendations, idCol{&rs.ProgramID}, &rs.DueDay, &rs.TermStart, &rs.Version, &rs.ChangedBy,
		timeCol{&rs.ChangedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return rs, false, nil
	}
	if err != nil {
		return rs, false, fmt.Errorf("load report settings %s/%s of org %d: %w", kind, period, orgID, err)
	}
	rs.Style = domain.DocumentStyle(style)
	rs.Recipients, err = s.recipients(ctx, id)
	return rs, true, err
}

func (s *Store) recipients(ctx context.Context, settingsID int64) ([]string, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT text FROM report_recipients
		WHERE settings_id = $1 ORDER BY position`, settingsID)
	if err != nil {
		return nil, fmt.Errorf("load recipients: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, fmt.Errorf("load recipients: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// requireProgram returns an Invalid error when programID (if set) is not a
// program of the organisation.
func (s *Store) requireProgram(ctx context.Context, orgID, programID int64) error {
	if programID == 0 {
		return nil
	}
	ok, err := s.rowOfOrg(ctx, "programs", orgID, programID)
	if err != nil {
		return err
	}
	if !ok {
		return domain.InvalidInput("thiết lập báo cáo chưa hợp lệ", []domain.Problem{{Field: "program",
			Message: fmt.Sprintf("đơn vị (tổ chức) không có chương trình công tác số %d", programID)}})
	}
	return nil
}
