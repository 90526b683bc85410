package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
)

// newStatic serves the static/ folders of the kit and of every audience as
// one folder, each file from the one that has it, cached by browsers for a
// day. Folders are not listed.
func newStatic(all []fs.FS) (http.Handler, error) {
	var u union
	seen := map[string]bool{}
	for _, fsys := range all {
		sub, err := fs.Sub(fsys, "static")
		if err != nil {
			return nil, err
		}
		err = fs.WalkDir(sub, ".", func(name string, d fs.DirEntry, err error) error {
			switch {
			case errors.Is(err, fs.ErrNotExist) && name == ".":
				return fs.SkipAll // an audience without static files
			case err != nil || d.IsDir():
				return err
			case seen[name]:
				return fmt.Errorf("two audiences have the static file %s", name)
			}
			seen[name] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
		u = append(u, sub)
	}
	files := http.StripPrefix("/static/", http.FileServerFS(u))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	}), nil
}

// union is several file systems seen as one: a file is opened from the
// first that has it; a folder is none of them.
type union []fs.FS

// Open opens name from the first file system that has it as a file.
func (u union) Open(name string) (fs.File, error) {
	for _, fsys := range u {
		f, err := fsys.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			continue
		}
		return f, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
