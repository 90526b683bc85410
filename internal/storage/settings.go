package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

const settingsColumns = `style, superior_body, issuing_body, place, symbol, number, date, basis,
	reporter, closer, receiver, authority, position, signer, assessment, recommendations, program_id, due_day`

// SaveReportSettings stores the settings of one organisation, report kind and
// period (the zero period for the defaults), replacing what was stored for the
// same three.
func (s *Store) SaveReportSettings(ctx context.Context, rs domain.ReportSettings) error {
	if err := validateSettings(rs); err != nil {
		return err
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, rs.OrgID); err != nil {
			return err
		}
		if err := tx.requireProgram(ctx, rs.OrgID, rs.ProgramID); err != nil {
			return err
		}
		id, err := tx.upsertSettings(ctx, rs)
		if err != nil {
			return err
		}
		return tx.replaceRecipients(ctx, id, rs.Recipients)
	})
	if err != nil {
		return wrap(err, "save report settings %s/%s of org %d", rs.Kind, settingsPeriod(rs.Period), rs.OrgID)
	}
	return nil
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
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
		ON CONFLICT (org_id, kind, period) DO UPDATE SET
			style = excluded.style, superior_body = excluded.superior_body, issuing_body = excluded.issuing_body,
			place = excluded.place, symbol = excluded.symbol, number = excluded.number, date = excluded.date,
			basis = excluded.basis, reporter = excluded.reporter, closer = excluded.closer,
			receiver = excluded.receiver, authority = excluded.authority, position = excluded.position,
			signer = excluded.signer, assessment = excluded.assessment,
			recommendations = excluded.recommendations, program_id = excluded.program_id,
			due_day = excluded.due_day
		RETURNING id`,
		rs.OrgID, rs.Kind, settingsPeriod(rs.Period), string(rs.Style), rs.SuperiorBody, rs.IssuingBody,
		rs.Place, rs.Symbol, rs.Number, s.dateArg(rs.Date), rs.Basis, rs.Reporter, rs.Closer, rs.Receiver,
		rs.Authority, rs.Position, rs.Signer, rs.Assessment, rs.Recommendations, nullID(rs.ProgramID), rs.DueDay,
	).Scan(&id)
	return id, err
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
		if defaults, err = s.startingSettings(ctx, orgID, kind); err != nil {
			return domain.ReportSettings{}, err
		}
	}
	rs := defaults.Overlay(own)
	rs.OrgID, rs.Kind, rs.Period = orgID, kind, p
	return rs, nil
}

// startingSettings are the defaults of an organisation without stored ones.
func (s *Store) startingSettings(ctx context.Context, orgID int64, kind string) (domain.ReportSettings, error) {
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
	err := s.q.QueryRowContext(ctx, `SELECT id, `+settingsColumns+` FROM report_settings
		WHERE org_id = $1 AND kind = $2 AND period = $3`, orgID, kind, period).Scan(&id, &style,
		&rs.SuperiorBody, &rs.IssuingBody, &rs.Place, &rs.Symbol, &rs.Number, dateCol{&rs.Date}, &rs.Basis,
		&rs.Reporter, &rs.Closer, &rs.Receiver, &rs.Authority, &rs.Position, &rs.Signer, &rs.Assessment,
		&rs.Recommendations, idCol{&rs.ProgramID}, &rs.DueDay)
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
