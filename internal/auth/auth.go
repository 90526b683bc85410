// Package auth hashes passwords with argon2id and makes the random tokens that
// name sessions. It holds no state.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/alexedwards/argon2id"

	"github.com/nq57/nq57/internal/domain"
)

// params are the argon2id settings: RFC 9106's second recommended option
// (64 MiB, 3 passes) is too heavy for a commune server with 2 cores signing
// in many users at once, so we use OWASP's minimum for argon2id: 19 MiB,
// 2 passes, 1 lane.
var params = &argon2id.Params{Memory: 19 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 10

// CheckStrength returns a Vietnamese message when the password is too weak,
// or "" when it will do.
func CheckStrength(password string) string {
	if utf8.RuneCountInString(password) < MinPasswordLength {
		return fmt.Sprintf("mật khẩu cần ít nhất %d ký tự", MinPasswordLength)
	}
	return ""
}

// HashPassword returns the argon2id hash of the password in PHC format.
func HashPassword(password string) (string, error) {
	if msg := CheckStrength(password); msg != "" {
		return "", domain.Errorf(domain.Invalid, "%s", msg)
	}
	h, err := argon2id.CreateHash(password, params)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return h, nil
}

// CheckPassword reports whether password matches the hash.
func CheckPassword(password, hash string) bool {
	ok, err := argon2id.ComparePasswordAndHash(password, hash)
	return err == nil && ok
}

// dummyHash is compared against when a login does not exist, so that a
// wrong login takes as long as a wrong password and does not reveal which
// logins exist.
// It is made on first use, not at start-up, so that commands that never check a
// password do not pay for it.
var dummyHash = sync.OnceValue(func() string {
	h, err := argon2id.CreateHash("nq57-no-such-user", params)
	if err != nil {
		panic(err)
	}
	return h
})

// WasteTime spends the time a password check takes.
func WasteTime(password string) { CheckPassword(password, dummyHash()) }

// NewToken returns a random session token (256 bits, URL-safe).
func NewToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// HashToken returns what the database keeps of a token.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// passwordAlphabet is what a one-time password is made of: letters and
// digits without look-alikes (no i, l, o, I, L, O, 0, 1).
const passwordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"

// NewPassword returns a random password to hand out once: 16 characters,
// each drawn evenly from passwordAlphabet. A random byte taken modulo the
// alphabet's 54 characters would make the first 40 of them a quarter more
// likely than the others; bytes past the last whole multiple of 54 are
// drawn again instead.
func NewPassword() (string, error) {
	const n = len(passwordAlphabet)
	const limit = 256 - 256%n // bytes below it map evenly
	out := make([]byte, 0, 16)
	buf := make([]byte, 32)
	for len(out) < cap(out) {
		if _, err := rand.Read(buf); err != nil {
			return "", fmt.Errorf("make password: %w", err)
		}
		for _, b := range buf {
			if int(b) < limit && len(out) < cap(out) {
				out = append(out, passwordAlphabet[int(b)%n])
			}
		}
	}
	return string(out), nil
}
