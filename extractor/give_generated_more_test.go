package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// giveMoreItem is one object of the second generated table, by kind, with
// its expected value ("-" for none).
type giveMoreItem struct {
	text, kind, value string
}

// giveMoreFrame is a template of the second table: more ways to state
// a commitment (headlines, reported speech, readiness, refusals) and
// their status; "" status marks a near-miss that must give no line.
type giveMoreFrame struct {
	name, tmpl, status string
}

var (
	giveMoreItems = []giveMoreItem{
		{"500 troops", "troops", "500"},
		{"a 300-strong contingent", "troops", "300"},
		{"military observers", "troops", "-"},
		{"40 medics", "troops", "40"},
		{"40 tanks", "equipment", "40"},
		{"100,000 rounds of ammunition", "equipment", "100000"},
		{"air defence systems", "equipment", "-"},
		{"12 patrol boats", "equipment", "12"},
		{"air policing", "support", "-"},
		{"training", "support", "-"},
	}
	giveMoreFrames = []giveMoreFrame{
		{"headline", "{A} sends {X} to {R}", "delivered"},
		{"set to", "{A} is set to send {X} to {R}.", "pledged"},
		{"decided to", "{A} has decided to send {X} to {R}.", "pledged"},
		{"said it would", "{A} said it would send {X} to {R}.", "pledged"},
		{"announced it will", "{A} announced it will send {X} to {R}.", "pledged"},
		{"ready to", "{A} is ready to send {X} to {R}.", "considering"},
		{"weighing", "{A} is weighing sending {X} to {R}.", "considering"},
		{"declined to", "{A} declined to send {X} to {R}.", "declined"},
		{"rejected requests", "{A} rejected requests to send {X} to {R}.", "declined"},
		// near-misses: no line
		{"recipient received", "{R} received {X} last week.", ""},
		{"recipient requested", "{R} has requested {X} from {A}.", ""},
		{"recipient asked", "{R} asked {A} for {X}.", ""},
		{"own border", "{A} deployed {X} to its own border.", ""},
		{"history", "In 1995, {A} sent {X} to Bosnia.", ""},
		{"commentator", "Analysts say {A} could in theory send {X} to {R}, but no decision is near.", ""},
	}
)

// TestGeneratedGivingMore runs frames × items × donors of the second
// table, near-misses included.
func TestGeneratedGivingMore(t *testing.T) {
	g := newGenTable(t)
	n := 0
	for _, f := range giveMoreFrames {
		for _, it := range giveMoreItems {
			for di := 0; di < 2; di++ {
				d := giveDonors[(n+di)%len(giveDonors)]
				r := giveRecipients[n%len(giveRecipients)]
				n++
				text := strings.NewReplacer("{A}", d.name, "{R}", r, "{X}", it.text).Replace(f.tmpl)
				var want []string
				if f.status != "" {
					want = []string{fmt.Sprintf("%s %s %s %s", d.code, it.kind, it.value, f.status)}
				}
				g.expect(text, g.lines(text, giveRender), want, "frame "+f.name, "item "+it.text)
			}
		}
	}
	g.done("generated rows")
}
