package web

import (
	"net/http"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// groupMaxName bounds a group's name: it is one row of the report's table.
const groupMaxName = 200

// ownGroup finds the group named in the path within the program, answering
// 404 when it is not one of the program's.
func ownGroup(p domain.Program, r *http.Request) (int, bool) {
	id, ok := pathID(r, "group")
	if !ok {
		return 0, false
	}
	for i, g := range p.Groups {
		if g.ID == id {
			return i, true
		}
	}
	return 0, false
}

// renameGroup changes a group's name; its numeral and criteria stay.
func (s *Server) renameGroup(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	i, ok := ownGroup(p, r)
	if !ok {
		s.notFound(w, r)
		return
	}
	name := formValue(r, "name")
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		s.badRequest(w, r, "Tên nhóm không được để trống.")
		return
	case n > groupMaxName:
		s.badRequest(w, r, "Tên nhóm quá dài (tối đa 200 ký tự).")
		return
	}
	before := groupForm{p.Groups[i].Numeral, p.Groups[i].Name}
	p.Groups[i].Name = name
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.SaveProgram(r.Context(), &p); err != nil {
			return err
		}
		return s.audit(tx, r, "program.group_rename", "chương trình "+p.Number, before, groupForm{before.Numeral, name}, "")
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, programURL(p.ID), "Đã đổi tên nhóm "+before.Numeral+" thành “"+name+"”.")
}

// deleteGroup removes a group that has no criteria left: criteria are
// deleted or moved first, so that no data goes with the group.
func (s *Server) deleteGroup(w http.ResponseWriter, r *http.Request) {
	p, ok := s.ownProgram(w, r)
	if !ok {
		return
	}
	i, ok := ownGroup(p, r)
	if !ok {
		s.notFound(w, r)
		return
	}
	g := p.Groups[i]
	if len(g.Criteria) > 0 {
		s.fail(w, r, domain.Errorf(domain.Conflict, "Nhóm %s còn %d tiêu chí: xóa hoặc chuyển các tiêu chí sang nhóm khác trước.", g.Numeral, len(g.Criteria)))
		return
	}
	p.Groups = append(p.Groups[:i:i], p.Groups[i+1:]...)
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.SaveProgram(r.Context(), &p); err != nil {
			return err
		}
		return s.audit(tx, r, "program.group_delete", "chương trình "+p.Number, groupForm{g.Numeral, g.Name}, nil, "")
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, programURL(p.ID), "Đã xóa nhóm "+g.Numeral+".")
}
