package web

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
)

// dataFilesPerSave is how many files of the largest size one save may carry;
// with the form fields it bounds the whole request body.
const dataFilesPerSave = 5

// maxDataPost is the largest request body a save of the grid may have.
func (s *Server) maxDataPost() int64 {
	return dataFilesPerSave*s.cfg.MaxUploadBytes + 1<<20
}

// upload is a file sent with the grid, read into memory up to the size limit
// (a larger file is drained and only its size kept, for the message).
type upload struct {
	Field  string // "c12-file"
	Name   string // as the browser sent it, not yet sanitised
	Data   []byte
	Size   int64
	TooBig bool
}

// dataPost is a save of the grid as it was sent.
type dataPost struct {
	Values url.Values
	Files  []upload
}

// errTooLarge means the request body passed the limit of maxDataPost.
var errTooLarge = errors.New("request body too large")

// badText refuses a field whose name or text nq57 never keeps (the rule of
// guardText for URL-encoded forms: domain.CheckText).
type badText struct {
	field, problem string
}

func (e *badText) Error() string { return "field " + e.field + ": " + e.problem }

// readDataPost reads the grid's form. A multipart body is streamed part by
// part, so that no upload is ever written to the server's disk (as
// ParseMultipartForm does with large parts) and each file is held to
// maxFile; a plain URL-encoded form is read as usual (and was checked by
// guardText). The text fields of a multipart body pass the same check as a
// URL-encoded form's: a *badText error names the first that does not. File
// names are the save's to check, beside their input.
func readDataPost(r *http.Request, maxFile int64) (dataPost, error) {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" {
		if err := r.ParseForm(); err != nil {
			return dataPost{}, tooLarge(err)
		}
		return dataPost{Values: r.PostForm}, nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return dataPost{}, err
	}
	post := dataPost{Values: url.Values{}}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			if field, problem := badFormText(post.Values); problem != "" {
				return dataPost{}, &badText{field, problem}
			}
			return post, nil
		}
		if err != nil {
			return dataPost{}, tooLarge(err)
		}
		if err := post.read(part.FormName(), part.FileName(), part, maxFile); err != nil {
			return dataPost{}, tooLarge(err)
		}
	}
}

// maxFieldBytes bounds one text field; notes are checked for length later.
const maxFieldBytes = 64 << 10

func (post *dataPost) read(field, filename string, body io.Reader, maxFile int64) error {
	if filename == "" {
		b, err := io.ReadAll(io.LimitReader(body, maxFieldBytes+1))
		if err != nil {
			return err
		}
		if len(b) > maxFieldBytes {
			return errTooLarge
		}
		post.Values.Add(field, string(b))
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(body, maxFile+1))
	if err != nil {
		return err
	}
	u := upload{Field: field, Name: filename, Data: data, Size: int64(len(data))}
	if u.Size > maxFile {
		rest, err := io.Copy(io.Discard, body)
		if err != nil {
			return err
		}
		u.Data, u.Size, u.TooBig = nil, u.Size+rest, true
	}
	post.Files = append(post.Files, u)
	return nil
}

func tooLarge(err error) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return errTooLarge
	}
	return err
}
