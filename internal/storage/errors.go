package storage

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// problems collects what is wrong with an input before it reaches the
// database, whose own errors ("NOT NULL constraint failed: orgs.code") would
// mean nothing to the person using nq57.
type problems []domain.Problem

func (p *problems) add(field, message string) {
	*p = append(*p, domain.Problem{Field: field, Message: message})
}

// err returns an Invalid error listing the problems, or nil if there are none.
func (p problems) err(message string) error {
	if len(p) == 0 {
		return nil
	}
	return domain.InvalidInput(message, p)
}

// notFound turns sql.ErrNoRows into a NotFound error with a Vietnamese message
// and passes other errors through.
func notFound(err error, format string, args ...any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Errorf(domain.NotFound, format, args...)
	}
	return err
}

// updated checks that an UPDATE by id changed a row; if none, the id names
// nothing and the error is NotFound.
func updated(res sql.Result, err error, format string, args ...any) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return domain.Errorf(domain.NotFound, format, args...)
	}
	return nil
}

// wrap adds context to an infrastructure error (nil stays nil) but returns a domain error as
// it is, so that its Vietnamese message reaches the person unchanged when a
// caller prints err.Error(). Callers find either with errors.As.
func wrap(err error, format string, args ...any) error {
	if err == nil || domain.ErrorCode(err) != "" {
		return err
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}
