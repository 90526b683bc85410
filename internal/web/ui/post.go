package ui

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"

	"github.com/nq57/nq57/internal/domain"
)

// Upload is a file sent with a form, read into memory up to the size limit
// (a larger file is drained and only its size kept, for the message).
type Upload struct {
	Field  string // "c12-file"
	Name   string // as the browser sent it, not yet sanitised
	Data   []byte
	Size   int64
	TooBig bool
}

// Post is a form with files as it was sent.
type Post struct {
	Values url.Values
	Files  []Upload
}

// ErrTooLarge means the request body passed its limit.
var ErrTooLarge = errors.New("request body too large")

// BadText refuses a field whose name or text nq57 never keeps (the rule of
// web's guard for URL-encoded forms: BadFormText).
type BadText struct {
	Field, Problem string
}

// Error names the field and what is wrong with it.
func (e *BadText) Error() string { return "field " + e.Field + ": " + e.Problem }

// ReadPost reads a form that may carry files. A multipart body is streamed
// part by part, so that no upload is ever written to the server's disk (as
// ParseMultipartForm does with large parts) and each file is held to
// maxFile; a plain URL-encoded form is read as usual (and was checked by
// web's guard). The text fields of a multipart body pass the same check as a
// URL-encoded form's: a *BadText error names the first that does not. File
// names are the caller's to check, beside their input.
func ReadPost(r *http.Request, maxFile int64) (Post, error) {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" {
		if err := r.ParseForm(); err != nil {
			return Post{}, TooLarge(err)
		}
		return Post{Values: r.PostForm}, nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return Post{}, err
	}
	post := Post{Values: url.Values{}}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			if field, problem := BadFormText(post.Values); problem != "" {
				return Post{}, &BadText{field, problem}
			}
			return post, nil
		}
		if err != nil {
			return Post{}, TooLarge(err)
		}
		if err := post.Read(part.FormName(), part.FileName(), part, maxFile); err != nil {
			return Post{}, TooLarge(err)
		}
	}
}

// MaxFieldBytes bounds one text field of a multipart form; texts are
// checked for length later.
const MaxFieldBytes = 64 << 10

// Read adds one part of a multipart form to the post: a text field as sent
// (filename ""), or a file held to maxFile.
func (post *Post) Read(field, filename string, body io.Reader, maxFile int64) error {
	if filename == "" {
		b, err := io.ReadAll(io.LimitReader(body, MaxFieldBytes+1))
		if err != nil {
			return err
		}
		if len(b) > MaxFieldBytes {
			return ErrTooLarge
		}
		post.Values.Add(field, string(b))
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(body, maxFile+1))
	if err != nil {
		return err
	}
	u := Upload{Field: field, Name: filename, Data: data, Size: int64(len(data))}
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

// TooLarge returns ErrTooLarge for a body that passed its
// http.MaxBytesReader, and err as it is otherwise.
func TooLarge(err error) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return ErrTooLarge
	}
	return err
}

// BadFormText returns the first field (in name order, so the answer is the
// same every time) whose name or value fails domain.CheckText. Values may be
// multi-line: which fields are one-line is each form's business.
func BadFormText(values url.Values) (field, problem string) {
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if p := domain.CheckText(name, false); p != "" {
			return "", "tên một ô " + p
		}
		for _, v := range values[name] {
			if p := domain.CheckText(v, true); p != "" {
				return name, p
			}
		}
	}
	return "", ""
}
