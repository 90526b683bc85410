package domain

import "strings"

// SubmissionChannel is the way a submission reached the organisation. It is
// the one list of channels: the staff's recording form, the Excel workbook,
// the public form and API, the statistics and the report all use it.
type SubmissionChannel string

const (
	ChannelPakn     SubmissionChannel = "pakn"        // Hệ thống pakn.nq57.vn, the national system
	ChannelOnline   SubmissionChannel = "nq57"        // nq57's own public form and JSON API
	ChannelPaper    SubmissionChannel = "van_ban"     // a letter or a paper form
	ChannelPhone    SubmissionChannel = "dien_thoai"  // a phone call
	ChannelInPerson SubmissionChannel = "truc_tiep"   // in person at the office
	ChannelEmail    SubmissionChannel = "thu_dien_tu" // an e-mail
	ChannelOther    SubmissionChannel = "khac"        // any other way
)

// SubmissionChannels lists every channel in the order screens offer them.
var SubmissionChannels = []SubmissionChannel{
	ChannelPakn, ChannelOnline, ChannelPaper, ChannelPhone, ChannelInPerson, ChannelEmail, ChannelOther,
}

// RecordedChannels are the channels staff record a submission from, by hand
// or from a workbook: every channel but nq57's own public form, which records
// its submissions itself.
func RecordedChannels() []SubmissionChannel {
	out := make([]SubmissionChannel, 0, len(SubmissionChannels)-1)
	for _, c := range SubmissionChannels {
		if c != ChannelOnline {
			out = append(out, c)
		}
	}
	return out
}

// Label names the channel in Vietnamese, as running text and lists write it.
func (c SubmissionChannel) Label() string {
	switch c {
	case ChannelPakn:
		return "pakn.nq57.vn"
	case ChannelOnline:
		return "nq57 (trực tuyến)"
	case ChannelPaper:
		return "văn bản giấy"
	case ChannelPhone:
		return "điện thoại"
	case ChannelInPerson:
		return "trực tiếp"
	case ChannelEmail:
		return "thư điện tử"
	case ChannelOther:
		return "khác"
	}
	return string(c)
}

// Valid reports whether c is a known channel.
func (c SubmissionChannel) Valid() bool {
	for _, known := range SubmissionChannels {
		if c == known {
			return true
		}
	}
	return false
}

// National reports whether the submission came through the national system
// pakn.nq57.vn, which the report counts apart from every other channel.
func (c SubmissionChannel) National() bool { return c == ChannelPakn }

// channelAliases are other ways people write a channel.
var channelAliases = map[string]SubmissionChannel{
	"van ban":               ChannelPaper,
	"he thong pakn nq57 vn": ChannelPakn,
	"email":                 ChannelEmail,
	"e mail":                ChannelEmail,
}

// ParseChannel reads a channel as a form, a workbook or a person writes it:
// its code ("dien_thoai") or its label ("Điện thoại", "van ban giay"), in any
// case, with or without accents; ok is false for none.
func ParseChannel(s string) (SubmissionChannel, bool) {
	key := wordsKey(s)
	if key == "" {
		return "", false
	}
	for _, c := range SubmissionChannels {
		if key == wordsKey(string(c)) || key == wordsKey(c.Label()) {
			return c, true
		}
	}
	c, ok := channelAliases[key]
	return c, ok
}

// wordsKey folds s and keeps only its words, so that accents, case, commas,
// dots, slashes and underscores do not matter: "pakn.nq57.vn" is "pakn nq57 vn".
func wordsKey(s string) string {
	return strings.Join(strings.FieldsFunc(foldRunes(NFC(s)).text, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), " ")
}
