package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// statusCue is one status cue form of the generated status table: a
// template with {A} (subject), {X} (object), {V} / {Vpast} / {Vpart} /
// {Ving} (the kind's verb), {is} / {has} (agreement with the subject),
// the status it gives and the kinds it fits (t m e s).
type statusCue struct {
	name, tmpl string
	status     news.Status
	kinds      string
}

// statusKind is one kind of commitment with a verb that fits it and an
// object with its rendered value ("-" for none).
type statusKind struct {
	kind, x, value             string
	base, past, part, ing, adj string
}

// statusPosition is one position of the cue's clause in a text: {S} is
// the clause without its full stop; statuses lists the cue statuses it
// applies to (their first letters); we means the subject becomes "we"
// in a quote.
type statusPosition struct {
	name, tmpl, statuses string
	we                   bool
}

var (
	statusCues = []statusCue{
		// past of handing over
		{"past", "{A} {Vpast} {X} to Ukraine", news.StatusDelivered, "tmes"},
		{"delivered", "{A} delivered {X} to Ukraine", news.StatusDelivered, "me"},
		{"handed over", "{A} handed over {X} to Ukraine", news.StatusDelivered, "e"},
		{"shipped", "{A} shipped {X} to Ukraine", news.StatusDelivered, "e"},
		{"has sent", "{A} {has} {Vpart} {X} to Ukraine", news.StatusDelivered, "tmes"},
		{"had sent", "{A} had {Vpart} {X} to Ukraine", news.StatusDelivered, "tmes"},
		{"arrived", "{X} from {A} arrived in Ukraine", news.StatusDelivered, "te"},
		{"were delivered", "{X} were delivered to Ukraine by {A}", news.StatusDelivered, "e"},
		{"completed the delivery", "{A} completed the delivery of {X} to Ukraine", news.StatusDelivered, "e"},
		// pledge forms
		{"pledged", "{A} pledged {X} to Ukraine", news.StatusPledged, "tmes"},
		{"promised", "{A} promised {X} to Ukraine", news.StatusPledged, "tmes"},
		{"will send", "{A} will {V} {X} to Ukraine", news.StatusPledged, "tmes"},
		{"is to send", "{A} {is} to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
		{"plans to", "{A} plans to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
		{"agreed to", "{A} agreed to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
		{"approved", "{A} approved {X} for Ukraine", news.StatusPledged, "me"},
		{"announced", "{A} announced {X} for Ukraine", news.StatusPledged, "me"},
		{"committed", "{A} committed {X} to Ukraine", news.StatusPledged, "tme"},
		{"is set to", "{A} {is} set to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
		{"has decided to", "{A} {has} decided to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
		{"has announced", "{A} {has} announced {X} for Ukraine", news.StatusPledged, "me"},
		{"vowed", "{A} vowed to {V} {X} to Ukraine", news.StatusPledged, "tmes"},
		{"not yet delivered", "{A} {has} not yet delivered the {X} it promised to Ukraine", news.StatusPledged, "e"},
		{"were sent", "{X} were sent to Ukraine by {A}", news.StatusDelivered, "te"},
		{"has handed over", "{A} {has} handed over {X} to Ukraine", news.StatusDelivered, "e"},
		// considering
		{"is considering", "{A} {is} considering {Ving} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"is weighing", "{A} {is} weighing {Ving} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"could", "{A} could {V} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"may", "{A} may {V} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"might", "{A} might {V} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"offered to", "{A} offered to {V} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"ready to", "{A} {is} ready to {V} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"willing to", "{A} {is} willing to {V} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"not ruled out", "{A} {has} not ruled out {Ving} {X} to Ukraine", news.StatusConsidering, "tmes"},
		{"refused to rule out", "{A} refused to rule out {Ving} {X} to Ukraine", news.StatusConsidering, "tme"},
		{"in talks to", "{A} {is} in talks to {V} {X} to Ukraine", news.StatusConsidering, "tme"},
		{"discussing", "{A} {is} discussing {Ving} {X} to Ukraine", news.StatusConsidering, "tme"},
		{"proposed", "{A} proposed {Ving} {X} to Ukraine", news.StatusConsidering, "tme"},
		{"mulls", "{A} mulls {Ving} {X} to Ukraine", news.StatusConsidering, "tme"},
		{"weighs", "{A} weighs {Ving} {X} to Ukraine", news.StatusConsidering, "tme"},
		{"is exploring", "{A} {is} exploring {Ving} {X} to Ukraine", news.StatusConsidering, "tme"},
		{"has yet to decide", "{A} {has} yet to decide whether to {V} {X} to Ukraine", news.StatusConsidering, "tme"},
		// declined
		{"has decided against", "{A} {has} decided against {Ving} {X} to Ukraine", news.StatusDeclined, "tme"},
		{"froze", "{A} froze {X} for Ukraine", news.StatusDeclined, "m"},
		{"pulled out", "{A} pulled {X} out of Ukraine", news.StatusDeclined, "t"},
		{"refused to", "{A} refused to {V} {X} to Ukraine", news.StatusDeclined, "tmes"},
		{"ruled out", "{A} ruled out {Ving} {X} to Ukraine", news.StatusDeclined, "tmes"},
		{"will not", "{A} will not {V} {X} to Ukraine", news.StatusDeclined, "tmes"},
		{"won't", "{A} won't {V} {X} to Ukraine", news.StatusDeclined, "tmes"},
		{"declined to", "{A} declined to {V} {X} to Ukraine", news.StatusDeclined, "tmes"},
		{"rejected", "{A} rejected requests to {V} {X} to Ukraine", news.StatusDeclined, "tme"},
		{"halted", "{A} halted the delivery of {X} to Ukraine", news.StatusDeclined, "e"},
		{"suspended", "{A} suspended the delivery of {X} to Ukraine", news.StatusDeclined, "e"},
		{"withdrew", "{A} withdrew {X} from Ukraine", news.StatusDeclined, "t"},
		{"has no plans to", "{A} {has} no plans to {V} {X} to Ukraine", news.StatusDeclined, "tmes"},
		{"said no to", "{A} said no to {Ving} {X} to Ukraine", news.StatusDeclined, "tme"},
	}
	statusKinds = []statusKind{
		{"troops", "500 troops", "500", "send", "sent", "sent", "sending", ""},
		{"money", "$50 million in aid", "50000000", "provide", "provided", "provided", "providing", ""},
		{"equipment", "40 tanks", "40", "send", "sent", "sent", "sending", ""},
		{"support", "military training", "-", "provide", "provided", "provided", "providing", ""},
	}
	statusPositions = []statusPosition{
		{"body", "{S}.", "pdcx", false},
		{"reported", "Officials said on Monday that {S}.", "pdcx", false},
		{"quote", "\u201c{S},\u201d the {Adj} defence minister said.", "pdcx", true},
		{"after", "After {S}, the talks resumed.", "d", false},
		{"if", "{S} if the ceasefire holds.", "pc", false},
		{"did not say when", "{S}, but officials did not say when.", "pdcx", false},
		{"which did not include", "{S}, a decision which did not include fighter jets.", "pdcx", false},
		{"headline before", "Talks on the war resume\n\n{S}.", "pdcx", false},
		{"told reporters", "{S}, the minister told reporters.", "pdcx", false},
	}
	statusSubjects = []struct{ name, adj, code string }{
		{"Germany", "German", "DE"}, {"France", "French", "FR"}, {"Britain", "British", "GB"},
		{"Japan", "Japanese", "JP"}, {"Poland", "Polish", "PL"}, {"Canada", "Canadian", "CA"},
		{"Norway", "Norwegian", "NO"}, {"Italy", "Italian", "IT"},
		{"Berlin", "German", "DE"}, {"Washington", "American", "US"}, {"the United States", "US", "US"},
		{"the Dutch government", "Dutch", "NL"}, {"Spain", "Spanish", "ES"},
	}
)

// statusRow is one generated row: its dimensions and text, and the wanted
// line rendered as "DE equipment 40 pledged".
type statusRow struct {
	cue, kind, pos, text, want string
}

// statusLetter is the letter a position uses for a status.
func statusLetter(s news.Status) string {
	if s == news.StatusDeclined {
		return "x"
	}
	return string(s)[:1]
}

// statusRender renders a commitment as giveRender does, with the amount
// in whole units as the value of a money line.
func statusRender(c news.Commitment) string {
	if c.Kind == news.KindMoney && c.Amount != nil {
		return fmt.Sprintf("%s %s %.0f %s", c.Actor, c.Kind, *c.Amount, c.Status)
	}
	return giveRender(c)
}

// generateStatusRows builds cues × kinds × positions, subjects rotating.
func generateStatusRows() []statusRow {
	var rows []statusRow
	n := 0
	for _, c := range statusCues {
		for _, k := range statusKinds {
			if !strings.Contains(c.kinds, k.kind[:1]) {
				continue
			}
			for _, p := range statusPositions {
				if !strings.Contains(p.statuses, statusLetter(c.status)) {
					continue
				}
				if p.we && !strings.HasPrefix(c.tmpl, "{A}") {
					continue
				}
				// (support under a condition after its recipient, "will
				// provide training to Ukraine if the truce holds", gives no
				// line yet: a known gap of the support frames)
				if p.name == "if" && k.kind == "support" {
					continue
				}
				// ("After X completed the delivery of …": the noun of
				// delivery after a conjunction has no frame yet)
				if p.name == "after" && c.name == "completed the delivery" {
					continue
				}
				subj := statusSubjects[n%len(statusSubjects)]
				n++
				a, is, has := subj.name, "is", "has"
				if p.we {
					a, is, has = "we", "are", "have"
					if strings.Contains(c.tmpl, "{A} plans") {
						continue
					}
				}
				s := strings.NewReplacer("{A}", a, "{X}", k.x, "{V}", k.base, "{Vpast}", k.past,
					"{Vpart}", k.part, "{Ving}", k.ing, "{is}", is, "{has}", has).Replace(c.tmpl)
				s = strings.NewReplacer("{S}", s, "{Adj}", subj.adj).Replace(p.tmpl)
				if s[0] < 0x80 {
					s = strings.ToUpper(s[:1]) + s[1:]
				}
				s = strings.Replace(s, "\u201cwe", "\u201cWe", 1)
				st := c.status
				if p.name == "if" && strings.Contains(c.tmpl, "will ") {
					st = news.StatusConsidering // the house rule of trailingCondition
				}
				rows = append(rows, statusRow{c.name, k.kind, p.name, s,
					subj.code + " " + k.kind + " " + k.value + " " + string(st)})
			}
		}
	}
	return rows
}

// TestGeneratedStatus runs the generated status cues × kinds × positions
// table and reports failures counted per dimension value.
func TestGeneratedStatus(t *testing.T) {
	g := newGenTable(t)
	rows := generateStatusRows()
	for _, r := range rows {
		g.expect(r.text, g.lines(r.text, statusRender), []string{r.want}, "cue "+r.cue, "kind "+r.kind, "pos "+r.pos)
	}
	g.done("generated rows")
}

// TestStatusNearMisses holds near-misses of the status cues: a cue of
// another clause or another actor, a negation of something else, a
// delivery still to come, a decision still to take, and what a side
// clause says was left out. Each row lists every line wanted, rendered
// as statusRender does.
func TestStatusNearMisses(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"another actor refuses in a contrast",
			"Germany sent 40 tanks to Ukraine while France refused to send any.",
			[]string{"DE equipment 40 delivered"}},
		{"another actor refused first",
			"France refused to send troops, while Germany sent 500 soldiers to Ukraine.",
			[]string{"FR troops - declined", "DE troops 500 delivered"}},
		{"did not say when",
			"Italy has pledged 40 tanks to Ukraine but did not say when they would arrive.",
			[]string{"IT equipment 40 pledged"}},
		{"not yet delivered",
			"Spain pledged 20 howitzers to Ukraine, which have not yet been delivered.",
			[]string{"ES equipment 20 pledged"}},
		{"has yet to decide",
			"Norway has yet to decide whether to send 200 troops to Estonia.",
			[]string{"NO troops 200 considering"}},
		{"has yet to deliver",
			"Sweden has yet to deliver the 12 howitzers it promised to Ukraine.",
			[]string{"SE equipment 12 pledged"}},
		{"which did not include, active",
			"Canada sent 500 troops to Latvia, a deployment which did not include tanks.",
			[]string{"CA troops 500 delivered"}},
		{"which did not include, passive",
			"Eight helicopters were delivered to Kenya by Japan, a package that did not include any drones.",
			[]string{"JP equipment 8 delivered"}},
		{"does not include, money",
			"Britain pledged $20 million to Jordan, which does not include 30 ambulances.",
			[]string{"GB money 20000000 pledged"}},
		{"after opening the sentence",
			"After Poland delivered 14 tanks to Ukraine, other allies followed.",
			[]string{"PL equipment 14 delivered"}},
		{"before opening the sentence",
			"Before Denmark had shipped six patrol boats to Ghana, the talks stalled.",
			[]string{"DK equipment 6 delivered"}},
		{"near-miss: after a country, not a clause",
			"After Poland, Lithuania pledged 14 tanks to Ukraine.",
			[]string{"LT equipment 14 pledged"}},
		{"says no to",
			"Austria says no to sending 100 soldiers to Bosnia.",
			[]string{"AT troops 100 declined"}},
		{"said no to, money",
			"Hungary said no to providing €50 million in aid to Ukraine.",
			[]string{"HU money 50000000 declined"}},
		{"still deciding whether, quoted",
			"\u201cWe are still deciding whether to send 300 soldiers to Chad,\u201d the Belgian defence minister said.",
			[]string{"BE troops 300 considering"}},
		{"will decide whether",
			"Portugal will decide next week whether to send 100 troops to Mozambique.",
			[]string{"PT troops 100 considering"}},
		{"near-miss: decided to send",
			"Portugal decided to send 100 troops to Mozambique.",
			[]string{"PT troops 100 pledged"}},
		{"near-miss: said that no",
			"Austria said no decision had been taken on sending 100 soldiers to Bosnia.",
			nil},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range e.Extract(tc.text) {
			got = append(got, statusRender(c))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q\n got  %q\n want %q", tc.name, tc.text, got, tc.want)
		}
	}
}
