package extractor

import (
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// statusPairCue is the verb phrase of one clause of a two-actor
// sentence, with {X} for its object, and its status.
type statusPairCue struct {
	name, tmpl string
	status     news.Status
}

// TestGeneratedStatusPairs runs two clauses with two actors and their
// own status cues, joined by a contrast: each cue must stay with its own
// actor ("Germany sent tanks while France refused to send troops").
// Cues × cues × connectors; the first clause carries troops, the second
// equipment.
func TestGeneratedStatusPairs(t *testing.T) {
	g := newGenTable(t)
	cues := []statusPairCue{
		{"sent", "sent {X} to Ukraine", news.StatusDelivered},
		{"has pledged", "has pledged {X} to Ukraine", news.StatusPledged},
		{"will send", "will send {X} to Ukraine", news.StatusPledged},
		{"is considering", "is considering sending {X} to Ukraine", news.StatusConsidering},
		{"could", "could send {X} to Ukraine", news.StatusConsidering},
		{"refused", "refused to send {X} to Ukraine", news.StatusDeclined},
		{"ruled out", "ruled out sending {X} to Ukraine", news.StatusDeclined},
	}
	connectors := []string{", while ", ", but ", ", whereas ", "; ", ". "}
	pairs := [][2]struct{ name, code string }{
		{{"Germany", "DE"}, {"France", "FR"}},
		{{"Poland", "PL"}, {"Italy", "IT"}},
		{{"Britain", "GB"}, {"Spain", "ES"}},
	}
	n := 0
	for _, c1 := range cues {
		for _, c2 := range cues {
			for _, conj := range connectors {
				p := pairs[n%len(pairs)]
				n++
				second := p[1].name + " " + strings.ReplaceAll(c2.tmpl, "{X}", "40 tanks")
				text := p[0].name + " " + strings.ReplaceAll(c1.tmpl, "{X}", "500 troops") + conj + second + "."
				want := []string{p[0].code + " troops 500 " + string(c1.status), p[1].code + " equipment 40 " + string(c2.status)}
				g.expect(text, sortedLines(g.lines(text, statusRender)...), sortedLines(want...), "first "+c1.name, "second "+c2.name, "conj "+strings.TrimSpace(conj))
			}
		}
	}
	g.done("generated two-actor rows")
}

// TestGeneratedStatusSameActor runs one actor with two verb phrases of
// their own status ("Germany sent 500 troops but refused to send 40
// tanks", "not only … but also"): each object keeps the cue of its own
// verb. Cues × cues × joins.
func TestGeneratedStatusSameActor(t *testing.T) {
	g := newGenTable(t)
	cues := []statusPairCue{
		{"sent", "sent {X} to Ukraine", news.StatusDelivered},
		{"has pledged", "has pledged {X} to Ukraine", news.StatusPledged},
		{"will send", "will send {X} to Ukraine", news.StatusPledged},
		{"is considering", "is considering sending {X} to Ukraine", news.StatusConsidering},
		{"refused", "refused to send {X} to Ukraine", news.StatusDeclined},
	}
	joins := []struct{ name, tmpl string }{
		{"and", "{A} {P1} and {P2}."},
		{"but", "{A} {P1} but {P2}."},
		{"not only", "{A} not only {P1} but also {P2}."},
		{"pronoun", "{A} {P1}. It {P2}."},
	}
	actors := []struct{ name, code string }{{"Germany", "DE"}, {"Japan", "JP"}, {"Canada", "CA"}}
	n := 0
	for _, c1 := range cues {
		for _, c2 := range cues {
			if c1.name == c2.name {
				continue
			}
			for _, j := range joins {
				a := actors[n%len(actors)]
				n++
				text := strings.NewReplacer("{A}", a.name, "{P1}", strings.ReplaceAll(c1.tmpl, "{X}", "500 troops"),
					"{P2}", strings.ReplaceAll(c2.tmpl, "{X}", "40 tanks")).Replace(j.tmpl)
				want := []string{a.code + " troops 500 " + string(c1.status), a.code + " equipment 40 " + string(c2.status)}
				g.expect(text, sortedLines(g.lines(text, statusRender)...), sortedLines(want...), "join "+j.name)
			}
		}
	}
	g.done("generated same-actor rows")
}
