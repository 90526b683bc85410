package auditlog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// jsonValue is a JSON value read with the order of an object's keys kept, so
// that the log shows the fields of a record in the order the record has them.
type jsonValue struct {
	keys  []string     // an object's keys, in order
	vals  []*jsonValue // an object's values
	items []*jsonValue // an array's items
	kind  byte         // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	text  string       // a string, or a number as written
	flag  bool         // a bool
}

// parseJSON reads text; ok is false for text that is not one JSON value.
func parseJSON(text string) (*jsonValue, bool) {
	dec := json.NewDecoder(bytes.NewReader([]byte(text)))
	dec.UseNumber()
	v, err := readValue(dec)
	if err != nil {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return v, true
}

func readValue(dec *json.Decoder) (*jsonValue, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			return readObject(dec)
		case '[':
			return readArray(dec)
		}
		return nil, fmt.Errorf("unexpected %v", t)
	case string:
		return &jsonValue{kind: 's', text: t}, nil
	case json.Number:
		return &jsonValue{kind: 'n', text: t.String()}, nil
	case bool:
		return &jsonValue{kind: 'b', flag: t}, nil
	case nil:
		return &jsonValue{kind: 'z'}, nil
	}
	return nil, fmt.Errorf("unexpected %T", tok)
}

func readObject(dec *json.Decoder) (*jsonValue, error) {
	v := &jsonValue{kind: 'o'}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("object key %v", tok)
		}
		val, err := readValue(dec)
		if err != nil {
			return nil, err
		}
		v.keys, v.vals = append(v.keys, key), append(v.vals, val)
	}
	_, err := dec.Token() // '}'
	return v, err
}

func readArray(dec *json.Decoder) (*jsonValue, error) {
	v := &jsonValue{kind: 'a'}
	for dec.More() {
		item, err := readValue(dec)
		if err != nil {
			return nil, err
		}
		v.items = append(v.items, item)
	}
	_, err := dec.Token() // ']'
	return v, err
}

// get returns the value of an object's key, or nil.
func (v *jsonValue) get(key string) *jsonValue {
	if v == nil || v.kind != 'o' {
		return nil
	}
	for i, k := range v.keys {
		if k == key {
			return v.vals[i]
		}
	}
	return nil
}

// empty reports whether v holds nothing: null, "", false, 0, or an empty
// object or array.
func (v *jsonValue) empty() bool {
	if v == nil {
		return true
	}
	switch v.kind {
	case 'z':
		return true
	case 's':
		return v.text == ""
	case 'n':
		return v.text == "0"
	case 'b':
		return !v.flag
	case 'o':
		return len(v.keys) == 0
	case 'a':
		return len(v.items) == 0
	}
	return false
}
