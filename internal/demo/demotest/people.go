package demotest

import (
	"context"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// User returns the stored account with the login (a demo login, or one the
// test added).
func (f *Fixture) User(login string) domain.User {
	f.t.Helper()
	u, err := f.Store.UserByLogin(context.Background(), login)
	if err != nil {
		f.t.Fatalf("account %s: %v", login, err)
	}
	return u
}

// As returns the account with the login acting in the demo commune, as it
// would signed in to the web app.
func (f *Fixture) As(login string) usecase.Actor {
	f.t.Helper()
	return usecase.Actor{User: f.User(login), Org: f.Org}
}

// CommandLine returns the command line run by osUser in the demo commune.
func (f *Fixture) CommandLine(osUser string) usecase.Actor {
	return usecase.CommandLine(f.Org, osUser)
}

// AddUser adds an account to the demo commune, with the password
// demo.Password, and returns it acting there.
func (f *Fixture) AddUser(login, name string, role domain.UserRole) usecase.Actor {
	f.t.Helper()
	hash, err := PasswordHash(demo.Password)
	if err != nil {
		f.t.Fatal(err)
	}
	u := domain.User{OrgID: f.Org.ID, Login: login, Name: name, Role: role, PasswordHash: hash, CreatedAt: Now()}
	if err := f.Store.SaveUser(context.Background(), &u); err != nil {
		f.t.Fatalf("add account %s: %v", login, err)
	}
	return usecase.Actor{User: u, Org: f.Org}
}
