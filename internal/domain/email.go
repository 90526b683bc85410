package domain

import (
	"fmt"
	"net/mail"
	"strings"
	"unicode/utf8"
)

// EmailMax is the longest e-mail address an account may give.
const EmailMax = 254

// CleanEmail checks an account's e-mail address as a person typed it: ""
// for none, or one plain address (nguyen.van.a@ninhbinh.gov.vn, no name
// before it), in lower case. The problem is a sentence naming what is wrong;
// "" when the address is good.
func CleanEmail(s string) (email, problem string) {
	email = strings.ToLower(strings.TrimSpace(NFC(s)))
	if email == "" {
		return "", ""
	}
	if p := CheckText(email, false); p != "" {
		return email, "Thư điện tử " + p + "."
	}
	if n := utf8.RuneCountInString(email); n > EmailMax {
		return email, fmt.Sprintf("Thư điện tử quá dài: tối đa %d ký tự (hiện có %d).", EmailMax, n)
	}
	if a, err := mail.ParseAddress(email); err != nil || a.Address != email || !strings.Contains(email[strings.LastIndex(email, "@"):], ".") {
		return email, fmt.Sprintf("Địa chỉ thư điện tử “%s” không đúng, ví dụ đúng: ten.nguoi.dung@ninhbinh.gov.vn.", email)
	}
	return email, ""
}
