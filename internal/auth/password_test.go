package auth

import (
	"strings"
	"testing"
)

// Every character of a one-time password is as likely as any other: with
// 20,000 passwords (320,000 characters, about 5,900 of each), a character
// drawn a quarter more often (a byte taken modulo 54) stands out far beyond
// chance.
func TestNewPasswordDrawsEveryCharacterEvenly(t *testing.T) {
	t.Parallel()
	counts := map[rune]int{}
	const passwords = 20000
	for range passwords {
		p, err := NewPassword()
		if err != nil {
			t.Fatal(err)
		}
		if len(p) != 16 || strings.Trim(p, passwordAlphabet) != "" {
			t.Fatalf("password %q", p)
		}
		for _, r := range p {
			counts[r]++
		}
	}
	mean := float64(passwords*16) / float64(len(passwordAlphabet))
	for _, r := range passwordAlphabet {
		if dev := float64(counts[r]) - mean; dev > 0.1*mean || dev < -0.1*mean {
			t.Errorf("%q drawn %d times, expected about %.0f", r, counts[r], mean)
		}
	}
}
