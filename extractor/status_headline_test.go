package extractor

import (
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// statusHeadlines are the status cue forms of headlines: no full stop,
// "to" for the future, the present for what was just done, short
// hedges and refusals. {A} is the subject, {X} the object and {V},
// {Ving}, {Vs} the kind's verb (bare, -ing, third person).
var statusHeadlines = []statusCue{
	{"to send", "{A} to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
	{"set to send", "{A} set to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
	{"pledges", "{A} pledges {X} to Ukraine", news.StatusPledged, "tmes"},
	{"promises", "{A} promises {X} to Ukraine", news.StatusPledged, "tmes"},
	{"approves", "{A} approves {X} for Ukraine", news.StatusPledged, "me"},
	{"sends", "{A} {Vs} {X} to Ukraine", news.StatusDelivered, "te"},
	{"delivers", "{A} delivers {X} to Ukraine", news.StatusDelivered, "e"},
	{"sending", "{A} {Ving} {X} to Ukraine", news.StatusDelivered, "te"},
	{"mulls", "{A} mulls {Ving} {X} to Ukraine", news.StatusConsidering, "tmes"},
	{"weighs", "{A} weighs {Ving} {X} to Ukraine", news.StatusConsidering, "tmes"},
	{"considers", "{A} considers {Ving} {X} to Ukraine", news.StatusConsidering, "tmes"},
	{"could send", "{A} could {V} {X} to Ukraine", news.StatusConsidering, "tmes"},
	{"in talks to", "{A} in talks to {V} {X} to Ukraine", news.StatusConsidering, "tme"},
	{"rules out", "{A} rules out {Ving} {X} to Ukraine", news.StatusDeclined, "tmes"},
	{"refuses to", "{A} refuses to {V} {X} to Ukraine", news.StatusDeclined, "tmes"},
	{"won't", "{A} won't {V} {X} to Ukraine", news.StatusDeclined, "tmes"},
	{"says no to", "{A} says no to {Ving} {X} to Ukraine", news.StatusDeclined, "tme"},
}

// statusHeadlineSubjects are the subjects of headlines: countries,
// capitals and short forms.
var statusHeadlineSubjects = []struct{ name, code string }{
	{"Germany", "DE"}, {"Berlin", "DE"}, {"Washington", "US"}, {"US", "US"}, {"UK", "GB"},
	{"Paris", "FR"}, {"Tokyo", "JP"}, {"Canada", "CA"}, {"Warsaw", "PL"}, {"Sweden", "SE"},
}

// TestGeneratedStatusHeadlines runs headline cues × kinds × subjects: the
// headline, a blank line and a body sentence with no commitment.
func TestGeneratedStatusHeadlines(t *testing.T) {
	g := newGenTable(t)
	n := 0
	for _, c := range statusHeadlines {
		for _, k := range statusKinds {
			if !strings.Contains(c.kinds, k.kind[:1]) {
				continue
			}
			for range 2 {
				subj := statusHeadlineSubjects[n%len(statusHeadlineSubjects)]
				n++
				vs := k.base + "s"
				s := strings.NewReplacer("{A}", subj.name, "{X}", k.x, "{V}", k.base,
					"{Ving}", k.ing, "{Vs}", vs).Replace(c.tmpl)
				text := s + "\n\nThe decision was made public on Monday."
				want := subj.code + " " + k.kind + " " + k.value + " " + string(c.status)
				g.expect(text, g.lines(text, statusRender), []string{want}, "cue "+c.name, "kind "+k.kind, "subject "+subj.name)
			}
		}
	}
	g.done("generated headline rows")
}
