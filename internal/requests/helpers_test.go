package requests_test

import (
	"errors"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

func asError(err error, de **domain.Error) bool { return errors.As(err, de) }

// hasField reports whether err is invalid input with a problem of field.
func hasField(err error, field string) bool {
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.Invalid {
		return false
	}
	for _, p := range de.Problems {
		if p.Field == field {
			return true
		}
	}
	return false
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
