package testdb_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// suites are the packages whose tests give themselves databases through
// this package: the store, the use cases, the command line and what they
// share, and the web app. (The browser journeys run one at a time.)
var suites = []string{
	"../storage", "../app", "../assemble", "../demo", "../demo/demotest",
	"../entry", "../programs", "../orgs", "../accounts", "../meetings", "../submissions", "../reporting", "../auditlog",
	"../notify", "../requests", "../filings", "../web",
}

// notParallel is how a test's doc comment says why it cannot run in
// parallel (it changes something the whole process shares).
const notParallel = "Not in parallel:"

// TestEveryDatabaseTestRunsInParallel keeps the suites fast on both
// engines: each test has a database of its own, so every top-level test
// calls t.Parallel() — or says in its doc comment, after "Not in parallel:",
// why it cannot.
func TestEveryDatabaseTestRunsInParallel(t *testing.T) {
	t.Parallel()
	for _, dir := range suites {
		files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no tests in %s (%v): the check would pass on nothing", dir, err)
		}
		for _, path := range files {
			for _, name := range serialTests(t, path, nil) {
				t.Errorf("%s: %s neither calls t.Parallel() nor says %q why not", path, name, notParallel)
			}
		}
	}
}

// TestTheParallelCheckFindsASerialTest makes sure the check above can fail.
func TestTheParallelCheckFindsASerialTest(t *testing.T) {
	t.Parallel()
	src := `package storage
func TestSerial(t *testing.T) { t.Run("x", func(t *testing.T) { t.Parallel() }) }
func TestParallel(t *testing.T) { t.Parallel() }
// Not in parallel: it sets an environment variable.
func TestExplained(t *testing.T) { t.Setenv("TZ", "UTC") }
func helper(t *testing.T) {}
func BenchmarkX(b *testing.B) {}`
	if got := serialTests(t, "x_test.go", src); len(got) != 1 || got[0] != "TestSerial" {
		t.Errorf("serial tests found: %v, want [TestSerial]", got)
	}
}

// serialTests parses one test file (src, or the file at path when src is
// nil) and lists its top-level tests that neither call t.Parallel() in
// their own body nor explain why not.
func serialTests(t *testing.T, path string, src any) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var serial []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv != nil || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "Test") {
			continue
		}
		if (fn.Doc != nil && strings.Contains(fn.Doc.Text(), notParallel)) || callsParallel(fn.Body.List) {
			continue
		}
		serial = append(serial, fn.Name.Name)
	}
	return serial
}

// callsParallel reports whether one of the statements is t.Parallel().
func callsParallel(body []ast.Stmt) bool {
	for _, s := range body {
		expr, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := expr.X.(*ast.CallExpr)
		if !ok {
			continue
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Parallel" {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "t" {
				return true
			}
		}
	}
	return false
}
