package commune

import (
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

func isConflict(err error) bool { return domain.ErrorCode(err) == domain.Conflict }

// programURL is the page of a program.
func programURL(id int64) string { return "/programs/" + itoa(id) }

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
