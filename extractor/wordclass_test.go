package extractor

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"slices"
	"strconv"
	"testing"
)

// switchWords returns the string literals of the case clauses of the
// function name in file, and the string literals compared with == or !=
// in it (isHelp, trainedBy).
func switchWords(t *testing.T, file, name string) []string {
	t.Helper()
	f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	lit := func(e ast.Expr) {
		if b, ok := e.(*ast.BasicLit); ok && b.Kind == gotoken.STRING {
			s, _ := strconv.Unquote(b.Value)
			words = append(words, s)
		}
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != name {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CaseClause:
				for _, e := range n.List {
					lit(e)
				}
			case *ast.BinaryExpr:
				if n.Op == gotoken.EQL || n.Op == gotoken.NEQ {
					lit(n.X)
					lit(n.Y)
				}
			}
			return true
		})
		return words
	}
	t.Fatalf("no func %s in %s", name, file)
	return nil
}

// without returns words less the words drop.
func without(words []string, drop ...string) []string {
	return slices.DeleteFunc(words, func(w string) bool { return slices.Contains(drop, w) })
}

// TestWordClassesMatchSwitches checks that every word a frame's string
// switch accepts is in the word class the frame skips sentences by, so
// that the per-sentence skip drops nothing, and that the class words are
// accepted by the switches.
func TestWordClassesMatchSwitches(t *testing.T) {
	cases := []struct {
		cls   wordClass
		words []string
	}{
		{wPermission, switchWords(t, "frames_permission.go", "permissionVerb")},
		{wHelpVerb, append(switchWords(t, "frames_support_more.go", "isHelp"),
			slices.DeleteFunc(switchWords(t, "frames_support_more.go", "helpCountryWith"), func(w string) bool {
				return w == "the" || w == "with" // the words after the verb
			})...)},
		// the guards' other words only qualify a word of the class
		{wCaptivity, without(switchWords(t, "frames_context_guards.go", "captivityContext"),
			"home", "returned", "freed", "released")},
		{wDisaster, without(switchWords(t, "frames_context_guards.go", "homeDisaster"),
			"the", "states", "regions", "provinces", "areas", "counties", "communities", "districts", "forest", "bush")},
		{wDenial, without(switchWords(t, "frames_context_speech.go", "deniedReport"),
			"report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors", "speculation",
			"allegation", "allegations", "suggestion", "suggestions")},
		{wNegation, switchWords(t, "features_stats.go", "negatedSentence")},
		{wEstimate, without(switchWords(t, "frames_context_speech.go", "estimated"),
			"an", "the", "is", "are", "was", "were", "be", "been", "by", "latest", "conservative")},
		{wAccusation, switchWords(t, "frames_support_guards.go", "thirdPartyClaim")},
		{wWelcome, switchWords(t, "frames_support_guards.go", "othersPlanWelcomed")},
		{wAccording, []string{"according"}}, // (foreignMedia's "according to" is no switch)
		{wDenyClaim, without(switchWords(t, "frames_context_neg.go", "deniedClaim"),
			"claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation", "suggestions", "rumours", "rumors")},
		{wSettle, without(switchWords(t, "frames_context_neg_more.go", "settlement"),
			"case", "cases", "claim", "claims", "dispute", "suit", "charges")},
		{wLeave, without(switchWords(t, "status_cues.go", "troopsLeave"),
			"bring", "brings", "brought", "bringing", "for", "to", "start", "begin", ",", ";", ".")},
		{wRetract, switchWords(t, "status_clauses.go", "retracted")},
		{wReplace, switchWords(t, "frames_mission_roles.go", "replaceVerb")},
		{wHost, switchWords(t, "frames_mission_roles.go", "hostVerb")},
		{wLaunch, switchWords(t, "frames_mission_owner.go", "launchVerb")},
		{wHelpAgent, switchWords(t, "frames_support_agents.go", "helpAgent")},
		{wGuardVerb, switchWords(t, "frames_support_guard_of.go", "guardVerb")},
		{wParticipate, switchWords(t, "frames_join_elided.go", "participateWord")},
		{wHelpHead, []string{"help", "assistance", "support"}}, // (helpHead is no switch)
		{wRollOver, without(switchWords(t, "status_ongoing.go", "rolledOver"), ",", ";", "over")},
	}
	for _, c := range cases {
		if len(c.words) == 0 {
			t.Fatalf("class %d: no words read from the switch", c.cls)
		}
		for _, w := range c.words {
			if !slices.Contains(wordClassWords[c.cls], w) {
				t.Errorf("class %d lacks %q of its frame's switch", c.cls, w)
			}
		}
		for _, w := range wordClassWords[c.cls] {
			if !slices.Contains(c.words, w) {
				t.Errorf("class %d has %q, which its frame's switch does not accept", c.cls, w)
			}
		}
	}
	// the one-word classes: the frame compares the token with the word
	for _, c := range []struct {
		cls        wordClass
		file, name string
	}{
		{wTraining, "frames_support_verbs.go", "mainSupportFrames"},
		{wPartnership, "frames_join.go", "joinFrames"},
		{wParticipants, "frames_join_members.go", "participantsInclude"},
		{wTrained, "frames_support_more.go", "trainedBy"},
	} {
		if len(wordClassWords[c.cls]) != 1 || !slices.Contains(switchWords(t, c.file, c.name), wordClassWords[c.cls][0]) {
			t.Errorf("class %d: %q is not the word %s compares", c.cls, wordClassWords[c.cls], c.name)
		}
	}
	for _, w := range wordClassWords[wPermission] {
		if permissionVerb(w) == "" {
			t.Errorf("permissionVerb(%q) is empty", w)
		}
	}
	// the class bits come with the vocabulary id of every form
	e := newTestExtractor(t)
	for cls, words := range wordClassWords {
		for _, w := range words {
			id := e.trie.id(w)
			if id < 0 || e.trie.words[id]&(1<<cls) == 0 {
				t.Errorf("%q: no bit of class %d in the vocabulary", w, cls)
			}
		}
	}
}
