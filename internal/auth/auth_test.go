package auth

import (
	"strings"
	"testing"
)

func TestPasswordHashChecksOnlyTheSamePassword(t *testing.T) {
	hash, err := HashPassword("mật-khẩu-đủ-dài")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$") {
		t.Errorf("hash %q is not argon2id in PHC form", hash)
	}
	if !CheckPassword("mật-khẩu-đủ-dài", hash) {
		t.Error("the right password was refused")
	}
	for _, wrong := range []string{"mật-khẩu-đủ-dàI", "mat-khau-du-dai", "", "mật-khẩu-đủ-dài "} {
		if CheckPassword(wrong, hash) {
			t.Errorf("a wrong password %q was accepted", wrong)
		}
	}
	if CheckPassword("mật-khẩu-đủ-dài", "not a hash") {
		t.Error("a malformed hash matched")
	}
	again, _ := HashPassword("mật-khẩu-đủ-dài")
	if again == hash {
		t.Error("two hashes of one password are equal: the salt is not random")
	}
}

func TestShortPasswordsAreRefused(t *testing.T) {
	if msg := CheckStrength("ngắn-quá"); msg == "" {
		t.Error("an 8-character password passed")
	}
	// Length counts letters, not bytes: "mậtkhẩuđủ1" is 10 letters.
	if msg := CheckStrength("mậtkhẩuđủ1"); msg != "" {
		t.Errorf("a 10-letter password was refused: %s", msg)
	}
	if _, err := HashPassword("short"); err == nil {
		t.Error("HashPassword accepted a short password")
	}
}

func TestTokensAndOneTimePasswordsAreRandom(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		tok, err := NewToken()
		if err != nil {
			t.Fatal(err)
		}
		if len(tok) < 43 || seen[tok] {
			t.Fatalf("token %q is short or repeated", tok)
		}
		seen[tok] = true
	}
	// The store keeps the token's SHA-256, so a stored hash keeps matching.
	if got := HashToken("a"); got != "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb" {
		t.Errorf("HashToken(a) = %s, want its SHA-256 in hex", got)
	}
	if HashToken("a") == HashToken("b") {
		t.Error("HashToken gives two tokens the same hash")
	}
	pw, err := NewPassword()
	if err != nil {
		t.Fatal(err)
	}
	if len(pw) != 16 || strings.ContainsAny(pw, "0O1lI") || CheckStrength(pw) != "" {
		t.Errorf("one-time password %q: want 16 characters without look-alikes", pw)
	}
}
