package usecase_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// edges are the packages that take a person's input: the web app (all its
// audiences) and the command line. They call use cases and nothing else that
// writes.
var edges = []string{"../web", "../app"}

// TestEdgesGoThroughTheUseCases checks the rule of this layer: no edge
// imports the store, opens a transaction, writes the audit log or calls a
// store method through an Env. A new handler that does is a second path
// around the rules (lock, version, history, audit), and fails here.
func TestEdgesGoThroughTheUseCases(t *testing.T) {
	for _, dir := range edges {
		files := edgeFiles(t, dir)
		if len(files) == 0 {
			t.Fatalf("no Go files under %s: the check would pass on nothing", dir)
		}
		for _, path := range files {
			for _, problem := range layerProblems(t, path) {
				t.Errorf("%s: %s", path, problem)
			}
		}
	}
}

// TestTheLayerCheckFindsABypass makes sure the check above can fail.
func TestTheLayerCheckFindsABypass(t *testing.T) {
	src := `package web
import "github.com/nq57/nq57/internal/storage"
func h(env E, s *storage.Store) {
	s.WithTx(nil, nil)
	env.Store.SaveMeeting(nil, nil)
	usecase.Audit(nil, nil, a, t, c)
}`
	got := problemsOf(t, "bypass.go", src)
	if len(got) != 4 {
		t.Errorf("found %d problems in a handler that bypasses the use cases, want 4: %q", len(got), got)
	}
}

func edgeFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func layerProblems(t *testing.T, path string) []string {
	t.Helper()
	return problemsOf(t, path, nil)
}

// problemsOf parses one file (src, or the file at path when src is nil) and
// lists what it does that only a use case may do.
func problemsOf(t *testing.T, path string, src any) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == "github.com/nq57/nq57/internal/storage" {
			problems = append(problems, "imports the store: call a use case instead")
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		at := fset.Position(call.Pos()).Line
		switch name := sel.Sel.Name; {
		case name == "WithTx", name == "AddAudit", name == "AuditOrg", name == "Audit" && isIdent(sel.X, "usecase"):
			problems = append(problems, "line "+strconv.Itoa(at)+": "+name+" belongs in a use case")
		case isStoreField(sel.X):
			problems = append(problems, "line "+strconv.Itoa(at)+": calls the store ("+name+") past the use cases")
		}
		return true
	})
	return problems
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// isStoreField reports whether e is "x.Store", the store inside an Env.
func isStoreField(e ast.Expr) bool {
	sel, ok := e.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Store"
}
