package extractor

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestRulesDocumented checks that RULES.md names every rule id of the
// code: the string value of each package-level constant whose name starts
// with "rule" or "guard" in a non-test file, written in backquotes
// ("`frame.list`"). It fails naming the ids RULES.md lacks.
func TestRulesDocumented(t *testing.T) {
	doc, err := os.ReadFile("RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{} // rule id -> file that declares it
	fset := gotoken.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != gotoken.CONST {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !strings.HasPrefix(id.Name, "rule") && !strings.HasPrefix(id.Name, "guard") || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != gotoken.STRING {
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					ids[v] = name
				}
			}
		}
	}
	if len(ids) < 100 {
		t.Fatalf("found only %d rule ids; has the way rule ids are declared changed?", len(ids))
	}
	var missing []string
	for id, file := range ids {
		if !strings.Contains(string(doc), "`"+id+"`") {
			missing = append(missing, id+" ("+file+")")
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("RULES.md does not list %d rule ids (write them in backquotes under their stage and kind):\n%s",
			len(missing), strings.Join(missing, "\n"))
	}
}
