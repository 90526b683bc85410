package domain

import "strings"

// MatchUnits returns the IDs of the units that a role's words name, by short
// name or full name, ignoring case and accents ("VPĐU; VP HĐND - UBND" names
// two units). Words that name a group ("Các cơ quan, đơn vị liên quan") match
// no unit and are kept as written by the caller.
func MatchUnits(text string, units []Unit) []int64 {
	folded := Fold(text)
	var ids []int64
	for _, u := range units {
		for _, name := range []string{u.ShortName, u.Name} {
			if name != "" && containsWord(folded, Fold(name)) {
				ids = append(ids, u.ID)
				break
			}
		}
	}
	return ids
}

// containsWord reports whether phrase occurs in text at word boundaries.
func containsWord(text, phrase string) bool {
	for start := 0; ; {
		i := strings.Index(text[start:], phrase)
		if i < 0 {
			return false
		}
		i += start
		end := i + len(phrase)
		if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		start = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}
