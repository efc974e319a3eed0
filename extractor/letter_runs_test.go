package extractor

import (
	"slices"
	"strings"
	"testing"
)

// TestAnyLetterRun checks anyLetterRun against strings.FieldsFunc, which
// it replaces without allocating, and incrementEvidence against its first
// form.
func TestAnyLetterRun(t *testing.T) {
	texts := []string{"", " ", "more", " more ", "Germany will send 700 MORE troops.", "won't add", "d’Ivoire's boost",
		"\xff\xfeadd\xff", "ÉLYSÉE raises", "x", "a1b2c3", "reinforcements—extra", "ＦＵＲＴＨＥＲ", "Kraise", "ſtate", "-more-"}
	for _, s := range texts {
		want := strings.FieldsFunc(s, func(r rune) bool { return !isLetter(r) })
		var got []string
		anyLetterRun(s, func(w string) bool { got = append(got, w); return false })
		if !slices.Equal(got, want) {
			t.Errorf("anyLetterRun(%q) visits %q, want %q", s, got, want)
		}
		// it stops at the first word f holds for
		var seen []string
		stop := anyLetterRun(s, func(w string) bool { seen = append(seen, w); return len(seen) == 2 })
		if stop != (len(want) >= 2) || len(want) >= 2 && !slices.Equal(seen, want[:2]) {
			t.Errorf("anyLetterRun(%q) stopping at the second word: %v after %q", s, stop, seen)
		}
		reference := false
		for _, w := range want {
			switch strings.ToLower(w) {
			case "more", "additional", "extra", "further", "reinforcements", "reinforce", "reinforcing",
				"add", "adding", "boost", "boosting", "increase", "increasing", "raise", "raising", "expand", "expanding":
				reference = true
			}
		}
		if got := incrementEvidence(s); got != reference {
			t.Errorf("incrementEvidence(%q) = %v, want %v", s, got, reference)
		}
	}
}
