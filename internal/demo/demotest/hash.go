package demotest

import (
	"fmt"

	"github.com/alexedwards/argon2id"
)

// fastParams are the smallest argon2id settings: a hash made with them is
// checked by auth.CheckPassword like any other (the settings travel inside
// the hash) but costs microseconds, where the real settings cost tens of
// milliseconds and 19 MiB at every sign-in of every test.
var fastParams = argon2id.Params{Memory: 8, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// PasswordHash hashes a test password with fastParams. It is for tests only:
// such a hash is no protection at all.
func PasswordHash(password string) (string, error) {
	p := fastParams
	h, err := argon2id.CreateHash(password, &p)
	if err != nil {
		return "", fmt.Errorf("hash a test password: %w", err)
	}
	return h, nil
}
