package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// numGramNoun is one personnel noun phrase head; {Q} in a frame is the
// number form followed by the noun.
var numGramNouns = []string{
	"troops", "soldiers", "personnel", "service members", "peacekeepers",
	"police officers", "military advisers", "instructors", "engineers",
	"marines", "paratroopers", "sailors",
}

// numGramNumber is one way of writing a head count and the value the
// conventions give it (ranges keep the upper bound); bare numbers have no
// hedge word, so that "another", "an additional" and "N more" fit them.
type numGramNumber struct {
	text  string
	value int
	bare  bool
}

var numGramNumbers = []numGramNumber{
	{"450", 450, true}, {"1,200", 1200, true}, {"about 800", 800, false},
	{"around 600", 600, false}, {"up to 2,000", 2000, false}, {"more than 300", 300, false},
	{"nearly 900", 900, false}, {"two thousand", 2000, true}, {"a thousand", 1000, true},
	{"between 300 and 500", 500, false}, {"three hundred", 300, true}, {"some 1,500", 1500, false},
	{"2,500", 2500, true}, {"roughly 700", 700, false},
}

// numGramFrame is one frame: {S} the donor as subject, {Q} the number
// and noun, {N} the bare number, {U} the noun alone, {M} a mission, {P}
// a place; want lists "V:status" per expected line, V the number's value
// or a literal count.
type numGramFrame struct {
	name, tmpl string
	bareOnly   bool
	want       []string
}

var numGramFrames = []numGramFrame{
	{"send", "{S} will send {Q} to {M}.", false, []string{"V:pledged"}},
	{"has deployed", "{S} has deployed {Q} to {M}.", false, []string{"V:delivered"}},
	{"withdraw", "{S} will withdraw {Q} from {M}.", false, []string{"V:declined"}},
	{"considering", "{S} is considering sending {Q} to {M}.", false, []string{"V:considering"}},
	{"ruled out", "{S} ruled out sending {Q} to {M}.", false, []string{"V:declined"}},
	{"contingent of", "{S} will contribute a contingent of {Q} to {M}.", false, []string{"V:pledged"}},
	{"stationed", "{S} has {Q} stationed in {P}.", false, []string{"V:delivered"}},
	{"an additional", "{S} will send an additional {Q} to {M}.", true, []string{"V:pledged"}},
	{"another", "{S} will deploy another {Q} to {M}.", true, []string{"V:pledged"}},
	{"n more", "{S} will send {N} more {U} to {M}.", true, []string{"V:pledged"}},
	{"double to", "{S} will double its contingent in {P} to {Q}.", false, []string{"V:pledged"}},
	{"increase by to", "{S} will increase its contingent in {P} by 150 to {Q}.", true, []string{"150:pledged", "V:pledged"}},
	{"withdraw of its", "{S} will withdraw 100 of its {Q} from {M}.", true, []string{"100:declined"}},
	{"agreed to deploy", "{S} has agreed to deploy {Q} to {M}.", false, []string{"V:pledged"}},
	// the mission's size beside the country's share; the level before a change
	{"to a force of", "{S} will send {Q} to the UN force of 12,000 in {P}.", false, []string{"V:pledged"}},
	{"to a strong force", "{S} will send {Q} to the 12,000-strong force in {P}.", false, []string{"V:pledged"}},
	{"double its contingent of", "{S} will double its contingent of {Q} in {P}.", true, []string{"V:delivered"}},
	{"up from", "{S} will raise its contingent in {P} to {Q}, up from 100.", true, []string{"V:pledged", "100:delivered"}},
}

// numGramSubjects are the donor forms as subject.
var numGramSubjects = []string{"{name}", "{capital}", "the {dem} government", "the {dem} defence ministry"}

// TestGeneratedTroopNumberGrammar runs personnel nouns × number forms ×
// frames (change forms and statuses), the donor form and owner rotating:
// the line's value must be the number the conventions keep.
func TestGeneratedTroopNumberGrammar(t *testing.T) {
	g := newGenTable(t)
	n := 0
	for _, noun := range numGramNouns {
		for _, num := range numGramNumbers {
			for _, f := range numGramFrames {
				if f.bareOnly && !num.bare || f.name == "stationed" && strings.HasPrefix(num.text, "up to") {
					continue // "has up to 2,000 troops stationed": a ceiling to come
				}
				o := troopOwners[n%len(troopOwners)]
				sub := numGramSubjects[n%len(numGramSubjects)]
				m, p := troopMissions[n%len(troopMissions)], troopPlaces[n%len(troopPlaces)]
				n++
				s := strings.NewReplacer("{S}", sub, "{Q}", num.text+" "+noun, "{N}", num.text, "{U}", noun).Replace(f.tmpl)
				s = troopFill(s, o, m, p)
				var want []string
				for _, w := range f.want {
					v, st, _ := strings.Cut(w, ":")
					if v == "V" {
						v = fmt.Sprint(num.value)
					}
					want = append(want, fmt.Sprintf("%s troops %s %s", o.code, v, st))
				}
				g.expect(s, sortedLines(g.lines(s, giveRender)...), sortedLines(want...),
					"noun "+noun, "number "+num.text, "frame "+f.name, "subject "+sub)
			}
		}
	}
	g.done("number grammar rows")
}

// TestGeneratedTroopNumberNearMisses checks numbers next to troop words
// that are not the head count of a commitment: casualties, an army's
// size, a mission's size credited to no country, enemy troops, years,
// unit numbers and dates. Rows with a troop line and no number want the
// line without a number.
func TestGeneratedTroopNumberNearMisses(t *testing.T) {
	g := newGenTable(t)
	rows := []struct{ tmpl, want string }{
		{"{N} {dem} soldiers were killed in {P} last year.", ""},
		{"{name} has an army of {N} soldiers.", ""},
		{"The {dem} armed forces number {N} personnel.", ""},
		{"The UN mission in {P} has {N} peacekeepers.", ""},
		{"Russia has massed {N} troops near the border, {dem} officials said.", ""},
		{"{N} {dem} soldiers have been wounded since the mission began.", ""},
		{"{name} will send a brigade of the 82nd Airborne Division to {P}.", "- pledged"},
		{"{name} will send troops to {P} on 15 March.", "- pledged"},
		{"{name} has had troops in {P} since 2013.", "- delivered"},
		{"{name} will deploy a battalion of its 3rd Infantry Brigade to {P}.", "- pledged"},
		{"{name} will deploy troops to {P} by 2027.", "- pledged"},
		{"{name} will train {N} soldiers of the army of {P}.", "support - pledged"}, // training, not troops
	}
	for i, r := range rows {
		for j, num := range []string{"450", "1,200", "two thousand"} {
			o := troopOwners[(i+j*3)%len(troopOwners)]
			s := troopFill(strings.ReplaceAll(r.tmpl, "{N}", num), o, troopMissions[j], troopPlaces[(i+j)%len(troopPlaces)])
			var want []string
			if strings.HasPrefix(r.want, "support") {
				want = []string{o.code + " " + r.want}
			} else if r.want != "" {
				want = []string{o.code + " troops " + r.want}
			}
			g.expect(s, g.lines(s, giveRender), want, "row "+r.tmpl)
		}
	}
	g.done("near-miss rows")
}

// TestGeneratedTroopsInPlace runs the frames on a country's counts with
// no verb of giving: troops placed "in" another country or a mission
// (troops.in-place) and a count coordinated with another country's
// (troops.conjunct), × number forms × nouns × owners; with near-misses
// (at home, at war, in drills, casualties, a subject's own verb).
func TestGeneratedTroopsInPlace(t *testing.T) {
	g := newGenTable(t)
	tmpls := []struct{ name, tmpl, want string }{
		{"possessive in place", "{name}'s {Q} in {P} are part of the multinational force.", "V delivered"},
		{"possessive in place of a verb", "{name}'s {Q} in {P} patrol the border.", "V delivered"},
		{"demonym in place", "The {Q2} in {P} form the largest contingent.", "V delivered"},
		{"possessive contingent of in mission", "{name}'s contingent of {Q} in {M} is the second largest.", "V delivered"},
		{"possessive at mission", "{name}'s {Q} at the mission headquarters in {P} will stay.", "V pledged"},
		{"fate of in place", "The future of {name}'s {Q} in {P} is unclear.", "V delivered"},
		{"demonym already there", "The new unit will join the {Q2} already in {P}.", "V delivered"},
		{"demonym already there after a relative", "The new unit will join the {Q2} who are already deployed there.", "V delivered"},
		{"conjunct after includes", "The force includes 300 Swedish troops and {Q2}.", "SE 300 pledged|V pledged"},
		{"conjunct before arrived", "About {Q2} and 200 Swedish soldiers arrived in {P} on Monday.", "V delivered|SE 200 delivered"},
		{"conjunct comma and", "The battalion will include 400 Swedish troops, and {Q2}.", "SE 400 pledged|V pledged"},
		// near-misses
		{"at home", "{name}'s {Q} in {name} guard the capital.", ""},
		{"at war", "{name}'s {Q} in {P} were attacked on Monday.", ""},
		{"drills", "{name}'s {Q} in {P} will take part in exercises.", ""},
		{"casualties", "{name}'s {Q} in {P} have suffered heavy losses.", ""},
		{"conjunct casualties", "About {Q2} and 20 Swedish soldiers were killed in {P}.", ""},
		{"conjunct under a subject's verb", "Sweden will send 1,000 soldiers and {Q2} to {P}.", "SE 1000 pledged"},
	}
	n := 0
	for _, tm := range tmpls {
		for _, num := range numGramNumbers {
			if !num.bare && strings.Contains(tm.name, "conjunct") || strings.HasPrefix(num.text, "up to") {
				continue // "About about 800": the conjuncts take bare counts; "up to" is a ceiling to come
			}
			o := troopOwners[n%len(troopOwners)]
			noun := numGramNouns[n%len(numGramNouns)]
			m, p := troopMissions[n%len(troopMissions)], troopPlaces[n%len(troopPlaces)]
			n++
			s := strings.NewReplacer("{Q2}", num.text+" {dem} "+noun, "{Q}", num.text+" "+noun).Replace(tm.tmpl)
			s = troopFill(s, o, m, p)
			var want []string
			for _, w := range strings.Split(tm.want, "|") {
				if w == "" {
					continue
				}
				if v, ok := strings.CutPrefix(w, "V "); ok {
					w = fmt.Sprintf("%s troops %d %s", o.code, num.value, v)
				} else {
					code, rest, _ := strings.Cut(w, " ")
					w = code + " troops " + rest
				}
				want = append(want, w)
			}
			g.expect(s, sortedLines(g.lines(s, giveRender)...), sortedLines(want...), "template "+tm.name, "number "+num.text, "noun "+noun)
		}
	}
	g.done("in-place rows")
}

// TestGeneratedTroopsGapped runs gapped conjuncts after a troop
// commitment (troops.gapped) × number forms × owners: each conjunct's
// country gets the verb's line with its own count, or none when the first
// has none; with near-misses (a list of destinations, a reporter).
func TestGeneratedTroopsGapped(t *testing.T) {
	g := newGenTable(t)
	tmpls := []struct{ name, tmpl, want string }{
		{"counted three", "{name} will send {N} troops to Latvia, Sweden 300 to Estonia and Norway 200 to Lithuania.", "V pledged|SE 300 pledged|NO 200 pledged"},
		{"counted comma and", "{name} has sent {N} soldiers to Latvia, and Sweden 300 to Estonia.", "V delivered|SE 300 delivered"},
		{"bare three", "{name} will deploy troops to Latvia, Sweden to Estonia and Norway to Lithuania.", "- pledged|SE - pledged|NO - pledged"},
		{"lead in", "{name} will lead a battalion in Latvia, Sweden in Estonia and Norway in Lithuania.", "- pledged|SE - pledged|NO - pledged"},
		{"the US", "{name} will send {N} troops to Latvia and the US 300 to Estonia.", "V pledged|US 300 pledged"},
		// near-misses: one line
		{"a list of destinations", "{name} will send {N} troops to Latvia, Estonia and Lithuania.", "V pledged"},
		{"two destinations", "{name} will send {N} troops to Latvia and Estonia.", "V pledged"},
		{"a reporter after", "{name} will send {N} troops to Latvia, Sweden said.", "V pledged"},
	}
	n := 0
	for _, tm := range tmpls {
		for _, num := range numGramNumbers {
			if !num.bare {
				continue
			}
			o := troopOwners[n%len(troopOwners)]
			n++
			s := troopFill(strings.ReplaceAll(tm.tmpl, "{N}", num.text), o, "", "")
			var want []string
			for _, w := range strings.Split(tm.want, "|") {
				if v, ok := strings.CutPrefix(w, "V "); ok {
					w = fmt.Sprintf("%s troops %d %s", o.code, num.value, v)
				} else if v, ok := strings.CutPrefix(w, "- "); ok {
					w = o.code + " troops - " + v
				} else {
					code, rest, _ := strings.Cut(w, " ")
					w = code + " troops " + rest
				}
				want = append(want, w)
			}
			g.expect(s, sortedLines(g.lines(s, giveRender)...), sortedLines(want...), "template "+tm.name, "number "+num.text)
		}
	}
	g.done("gapped rows")
}
