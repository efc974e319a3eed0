package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// TestGeneratedGivingNouns runs nominalisations, agentless passives after
// a named giver and more troop units and support kinds, each over two
// donors.
func TestGeneratedGivingNouns(t *testing.T) {
	e := newTestExtractor(t)
	type item struct{ text, kind, value string }
	items := []item{
		{"40 tanks", "equipment", "40"},
		{"12 howitzers", "equipment", "12"},
		{"500,000 vaccine doses", "equipment", "500000"},
		{"20 armoured vehicles", "equipment", "20"},
	}
	frames := []struct{ name, tmpl, status string }{
		{"delivery by", "Officials confirmed the delivery of {X} by {A} to {R}.", "delivered"},
		{"possessive donation", "{A}'s donation of {X} to {R} was announced on Monday.", "pledged"},
		{"pledged by", "The {X} pledged by {A} will arrive in {R} next month.", "pledged"},
		// KNOWN: the giver of a passive without agent named in the
		// sentence before is coreference (frames_implied.go, xcoref's);
		// these rows are logged, not failed.
		{"agentless passive", "{A} announced a new aid package on Monday. {XC} will be delivered to {R} by the end of the year.", "pledged"},
		{"agentless passive past", "{A} confirmed the handover on Friday. {XC} were delivered to {R} last week.", "delivered"},
	}
	// near-misses: "by" names no giver, the recipient asks, a price
	nearMisses := []string{
		"Officials confirmed the delivery of 40 tanks by rail to Ukraine.",
		"Officials confirmed the delivery of 40 tanks by the end of May.",
		"Ukraine has asked Germany for 40 tanks.",
		"Poland bought 40 tanks from Germany for $2 billion.",
		"Germany deployed 12 patrol boats to its own coast.",
		"Experts believe Japan might supply drones to Ukraine.",
	}
	units := []struct{ text, value string }{
		{"a battalion", "-"}, {"two companies", "-"}, {"a 250-strong unit", "250"}, {"1,200 personnel", "1200"},
		{"medics", "-"}, {"military engineers", "-"},
	}
	troopFrames := []struct{ name, tmpl, status string }{
		{"will deploy", "{A} will deploy {X} to {R}.", "pledged"},
		{"has sent", "{A} has sent {X} to {R}.", "delivered"},
		{"refused", "{A} refused to send {X} to {R}.", "declined"},
	}
	support := []struct{ name, tmpl, status string }{
		{"medical teams", "{A} will send medical teams to {R}.", "pledged"},
		{"air policing", "{A} will take over air policing for {R}.", "pledged"},
		{"command", "{A} will take command of the mission in {R}.", "pledged"},
		{"host headquarters", "{A} has offered to host the headquarters of the mission in {R}.", "considering"},
		{"demining", "{A} has pledged demining support to {R}.", "pledged"},
		{"intelligence sharing", "{A} is considering intelligence sharing with {R}.", "considering"},
	}
	var texts, wants []string
	known := map[string]bool{}
	n := 0
	next := func() (string, string, string) {
		d := giveDonors[n%len(giveDonors)]
		r := giveRecipients[n%len(giveRecipients)]
		n++
		return d.name, d.code, r
	}
	for _, f := range frames {
		for _, it := range items {
			for i := 0; i < 2; i++ {
				d, code, r := next()
				text := strings.NewReplacer("{A}", d, "{R}", r, "{X}", it.text, "{XC}", "The "+it.text).Replace(f.tmpl)
				texts = append(texts, text)
				known[text] = strings.HasPrefix(f.name, "agentless")
				wants = append(wants, fmt.Sprintf("%s %s %s %s", code, it.kind, it.value, f.status))
			}
		}
	}
	for _, f := range troopFrames {
		for _, u := range units {
			d, code, r := next()
			texts = append(texts, strings.NewReplacer("{A}", d, "{R}", r, "{X}", u.text).Replace(f.tmpl))
			wants = append(wants, fmt.Sprintf("%s troops %s %s", code, u.value, f.status))
		}
	}
	for _, f := range support {
		for i := 0; i < 2; i++ {
			d, code, r := next()
			texts = append(texts, strings.NewReplacer("{A}", d, "{R}", r).Replace(f.tmpl))
			wants = append(wants, fmt.Sprintf("%s support - %s", code, f.status))
		}
	}
	for _, text := range nearMisses {
		texts = append(texts, text)
		wants = append(wants, "")
	}
	nfail := 0
	for i, text := range texts {
		var got []string
		for _, c := range e.Extract(text) {
			got = append(got, giveRender(c))
		}
		if len(got) == 1 && got[0] == wants[i] || len(got) == 0 && wants[i] == "" {
			continue
		}
		if known[text] {
			t.Logf("known %q\n got  %q\n want %q", text, got, wants[i])
			continue
		}
		nfail++
		t.Logf("FAIL %q\n got  %q\n want %q", text, got, wants[i])
	}
	if nfail > 0 {
		t.Errorf("%d of %d generated rows fail", nfail, len(texts))
	}
}
