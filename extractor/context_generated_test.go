package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// genCtxDonor is a donor of the discourse table with the words that can
// refer back to it.
type genCtxDonor struct {
	name, code, capital, leader, people, adj string
	money, moneyVal                          string // "€40 million", "40 million EUR"
	big, bigVal                              string // an amount of the first sentence
	recipient                                string
	money2                                   string // the same amount in another grammar: "40 million euros"
}

var genCtxDonors = []genCtxDonor{
	{"Germany", "DE", "Berlin", "the chancellor", "the Germans", "German", "€40 million", "40 million EUR", "€100 million", "100 million EUR", "Ukraine", "40 million euros"},
	{"Japan", "JP", "Tokyo", "the prime minister", "the Japanese", "Japanese", "¥5 billion", "5 billion JPY", "¥20 billion", "20 billion JPY", "Jordan", "5 billion yen"},
	{"Canada", "CA", "Ottawa", "the prime minister", "the Canadians", "Canadian", "C$40 million", "40 million CAD", "C$150 million", "150 million CAD", "Latvia", "CAD 40 million"},
	{"Britain", "GB", "London", "the prime minister", "the British", "British", "£40 million", "40 million GBP", "£100 million", "100 million GBP", "Moldova", "£40m"},
}

// genCtxIntro introduces the donor: the first sentence(s) of a text, and
// the line it gives itself ("" for none).
type genCtxIntro struct {
	name string
	text func(d genCtxDonor) (string, string)
}

var genCtxIntros = []genCtxIntro{
	{"subject with an amount", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("%s pledged %s to %s on Monday.", d.name, d.big, d.recipient), d.code + " money " + d.bigVal + " pledged"
	}},
	{"subject without an amount", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("%s announced a new aid package for %s on Monday.", d.name, d.recipient), ""
	}},
	{"headline", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("%s pledges aid to %s\n\nThe announcement came after talks on Monday.", d.name, d.recipient), ""
	}},
	{"ministry said", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("%s's defence ministry said on Monday that it would step up its support for %s.", d.name, d.recipient), ""
	}},
	{"capital as subject", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("%s announced a new aid package for %s on Monday.", d.capital, d.recipient), ""
	}},
	{"the adjective government said", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("The %s government said on Monday it would step up aid to %s.", d.adj, d.recipient), ""
	}},
	{"an equipment line first", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("%s has promised 20 tanks to %s.", d.name, d.recipient), d.code + " equipment 20 × tanks pledged"
	}},
	{"quote speaker", func(d genCtxDonor) (string, string) {
		return fmt.Sprintf("\"We will keep helping %s for as long as it takes,\" the %s %s said on Monday.", d.recipient, d.adj, strings.TrimPrefix(d.leader, "the ")), ""
	}},
}

// genCtxKind is what the later sentence gives: the quantity, its value,
// and the verbs that give it (will, has, is considering).
type genCtxKind struct {
	name                     string
	qty, val                 func(d genCtxDonor) string
	will, has, considering   string
	passiveWill, passivePast string // "will also be delivered", "were also handed over"
}

var genCtxKinds = []genCtxKind{
	{"money", func(d genCtxDonor) string { return d.money }, func(d genCtxDonor) string { return d.moneyVal },
		"provide", "provided", "providing", "will also be provided", "was also transferred last week"},
	{"money, another grammar", func(d genCtxDonor) string { return d.money2 }, func(d genCtxDonor) string { return d.moneyVal },
		"give", "given", "giving", "will also be given", "was also disbursed last week"},
	{"equipment", func(genCtxDonor) string { return "12 howitzers" }, func(genCtxDonor) string { return "12 × howitzers" },
		"send", "delivered", "sending", "will also be delivered in May", "were also handed over last week"},
	{"ambulances", func(genCtxDonor) string { return "30 ambulances" }, func(genCtxDonor) string { return "30 × ambulances" },
		"donate", "donated", "donating", "will also be donated", "were also delivered last month"},
	{"troops", func(genCtxDonor) string { return "200 soldiers" }, func(genCtxDonor) string { return "200 troops" },
		"deploy", "sent", "deploying", "will also be deployed", "were also sent last month"},
}

// genCtxRef is how the later sentence refers back to the donor: a
// subject (or none) and whether it is plural.
type genCtxRef struct {
	name    string
	subject func(d genCtxDonor) string // "" for an agentless sentence
	plural  bool
}

var genCtxSubjectRefs = []genCtxRef{
	{"it", func(genCtxDonor) string { return "It" }, false},
	{"the country", func(genCtxDonor) string { return "The country" }, false},
	{"the government", func(genCtxDonor) string { return "The government" }, false},
	{"capital", func(d genCtxDonor) string { return d.capital }, false},
	{"the ministry", func(genCtxDonor) string { return "The ministry" }, false},
	{"leader", func(d genCtxDonor) string { return capitalize(d.leader) }, false},
	{"people", func(d genCtxDonor) string { return capitalize(d.people) }, true},
}

func capitalize(s string) string {
	if s == "" {
		return ""
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// genCtxAgentless are later sentences without a subject that names a
// giver: %s is the quantity. status "" takes the status of the intro's
// line (pledged when it has none): the sentence details that gift.
var genCtxAgentless = []struct{ name, form, status string }{
	{"package includes", "The package includes %s.", ""},
	{"package also contains", "The package also contains %s.", ""},
	{"aid consists of", "The aid consists of %s.", ""},
	{"package comprises", "The new package comprises %s.", ""},
	{"in addition, will be", "In addition, %s will be provided.", "pledged"},
	{"another, will follow", "Another %s will follow.", "pledged"},
	{"a further, will be sent", "A further %s will be sent later this year.", "pledged"},
	{"these include", "These include %s.", ""},
	{"also included are", "Also included are %s.", ""},
}

// genCtxMoneyForms are later sentences of money only: %s is the amount;
// status "" takes the intro's (pledged).
var genCtxMoneyForms = []struct{ name, form, status string }{
	{"of this, earmarked", "Of this, %s is earmarked for demining.", ""},
	{"of the total, will go to", "Of the total, %s will go to reconstruction.", ""},
	{"amount of it will go", "%s of it will go to the health sector.", ""},
	{"the sum includes", "The sum includes %s for demining.", ""},
	{"the funding includes", "The funding includes %s in grants.", ""},
	{"apposition of the funding", "The funding, %s, will go to hospitals.", ""},
	{"apposition of the new aid", "The new aid, some %s, is meant for schools.", ""},
	{"total aid now stands at", "Total aid to the country now stands at %s.", "delivered"},
	{"its total aid has reached", "Its total aid to the country has reached %s.", "delivered"},
}

type genCtxRow struct {
	dims  []string
	text  string
	want  []string // full summaries that must appear
	value string   // the later quantity's value: lines with it must be exactly want's
	later string   // the summary wanted for the later quantity ("" for none)
	deny  string   // near-miss: no line of this actor with value
}

func genCtxRows() []genCtxRow {
	var rows []genCtxRow
	n := 0
	for _, in := range genCtxIntros {
		for _, k := range genCtxKinds {
			for _, ref := range genCtxSubjectRefs {
				for _, st := range []string{"pledged", "delivered", "considering", "declined"} {
					d := genCtxDonors[n%len(genCtxDonors)]
					n++
					subj := ref.subject(d)
					if subj == "" {
						d = genCtxDonors[0]
						subj = ref.subject(d)
					}
					if ref.name == "leader" && d.code == "GB" {
						continue // "the prime minister" of a quote intro names the same
					}
					var vp string
					switch st {
					case "pledged":
						vp = "will also " + k.will
					case "delivered":
						vp = "has also " + k.has
						if ref.plural {
							vp = "have also " + k.has
						}
					case "considering":
						vp = "is also considering " + k.considering
						if ref.plural {
							vp = "are also considering " + k.considering
						}
					case "declined":
						vp = "has ruled out " + k.considering
						if ref.plural {
							vp = "have ruled out " + k.considering
						}
					}
					intro, introLine := in.text(d)
					text := fmt.Sprintf("%s %s %s %s to %s.", intro, subj, vp, k.qty(d), d.recipient)
					row := genCtxRow{dims: []string{"intro " + in.name, "ref " + ref.name, "kind " + k.name, "status " + st},
						text: text, value: k.val(d), later: d.code + " " + kindOf(k.name) + " " + k.val(d) + " " + st}
					if introLine != "" {
						row.want = append(row.want, introLine)
					}
					rows = append(rows, row)
				}
			}
			for _, ag := range genCtxAgentless {
				d := genCtxDonors[n%len(genCtxDonors)]
				n++
				intro, introLine := in.text(d)
				text := intro + " " + fmt.Sprintf(ag.form, k.qty(d))
				st := inherit(ag.status, introLine)
				row := genCtxRow{dims: []string{"intro " + in.name, "ref " + ag.name, "kind " + k.name, "status " + st},
					text: text, value: k.val(d), later: d.code + " " + kindOf(k.name) + " " + k.val(d) + " " + st}
				if introLine != "" {
					row.want = append(row.want, introLine)
				}
				rows = append(rows, row)
			}
			for _, mf := range genCtxMoneyForms {
				if !strings.HasPrefix(k.name, "money") {
					break
				}
				d := genCtxDonors[n%len(genCtxDonors)]
				n++
				intro, introLine := in.text(d)
				text := intro + " " + capitalize(fmt.Sprintf(mf.form, k.qty(d)))
				st := inherit(mf.status, introLine)
				row := genCtxRow{dims: []string{"intro " + in.name, "ref " + mf.name, "kind " + k.name, "status " + st},
					text: text, value: k.val(d), later: d.code + " money " + k.val(d) + " " + st}
				if introLine != "" {
					row.want = append(row.want, introLine)
				}
				rows = append(rows, row)
			}
			// an agentless passive, pledged and done
			for _, st := range []string{"pledged", "delivered"} {
				d := genCtxDonors[n%len(genCtxDonors)]
				n++
				intro, introLine := in.text(d)
				vp := k.passiveWill
				if st == "delivered" {
					vp = k.passivePast
				}
				text := fmt.Sprintf("%s %s %s.", intro, capitalize(k.qty(d)), vp)
				row := genCtxRow{dims: []string{"intro " + in.name, "ref passive", "kind " + k.name, "status " + st},
					text: text, value: k.val(d), later: d.code + " " + kindOf(k.name) + " " + k.val(d) + " " + st}
				if introLine != "" {
					row.want = append(row.want, introLine)
				}
				rows = append(rows, row)
			}
		}
	}
	return rows
}

// inherit returns status, or when it is "" the status of the intro's
// line (the last word of its summary), else pledged.
func inherit(status, introLine string) string {
	if status != "" {
		return status
	}
	if introLine == "" {
		return "pledged"
	}
	return introLine[strings.LastIndex(introLine, " ")+1:]
}

func kindOf(name string) string {
	switch name {
	case "ambulances":
		return "equipment"
	case "money, another grammar":
		return "money"
	}
	return name
}

// genCtxNearMisses are later sentences that must not inherit the donor:
// %[1]s is the recipient, %[2]s the donor's money form.
var genCtxNearMisses = []struct{ name, form, value string }{
	{"recipient uses the money", "%[1]s will use the money to buy 12 howitzers.", "12 × howitzers"},
	{"recipient spends", "%[1]s will spend %[2]s on its own army.", ""},
	{"recipient's government sets aside", "%[1]s's government has set aside %[2]s for its army.", ""},
	{"recipient receives from another", "%[1]s will also receive 12 howitzers from Poland.", "12 × howitzers"},
	{"history of another country", "In 2019, Poland sent 200 soldiers to %[1]s.", "200 troops"},
	{"a cost estimate", "Rebuilding the country will cost an estimated %[2]s.", ""},
	{"a price", "Each howitzer costs about %[2]s.", ""},
	{"a total across donors", "Allies have given %[2]s in total so far.", ""},
	{"a comparison", "That is more than the %[2]s France gave last year.", ""},
	{"casualties", "12 soldiers were killed in an attack on Sunday.", "12 troops"},
	{"army size", "The army of %[1]s has 200 tanks.", "200 × tanks"},
	{"population", "%[1]s has a population of 40 million.", ""},
	{"second donor as subject", "Poland will also send 12 howitzers.", "12 × howitzers"},
	{"the recipient as the subject of a passive of buying", "12 howitzers were bought by %[1]s last year.", "12 × howitzers"},
	{"the recipient received from another giver", "%[1]s has received %[2]s from the EU so far.", ""},
	{"a total from all donors", "Total aid to %[1]s from all donors now stands at %[2]s.", ""},
	{"a total of Western aid", "Total Western aid to %[1]s has reached %[2]s.", ""},
	{"a total from a named giver", "Total aid to %[1]s from Poland has reached %[2]s.", ""},
	{"a part the recipient spent", "Of this, %[1]s spent %[2]s on fuel.", ""},
	{"a need of the recipient", "%[1]s says it needs another %[2]s.", ""},
	{"the recipient's own goods are worth", "The tanks of %[1]s are worth %[2]s.", ""},
	{"goods another country lost were worth", "The tanks Russia lost were worth %[2]s.", ""},
	{"the worth of goods is no money line", "The tanks are worth %[2]s.", ""},
	{"the size of a common fund in apposition", "The fund, %[2]s in size, will be run by the bank.", ""},
	{"the enemy's forces", "Russia has massed 200 tanks near the border.", "200 × tanks"},
	{"another country as the subject, passive after", "Poland said 12 howitzers will be delivered in May.", "12 × howitzers"},
	{"a third country gives, then also", "Poland pledged 12 howitzers. Another 30 ambulances will follow.", "30 × ambulances"},
}

func genCtxNearRows() []genCtxRow {
	var rows []genCtxRow
	for i, in := range genCtxIntros {
		for j, nm := range genCtxNearMisses {
			if nm.name == "the worth of goods is no money line" && in.name == "an equipment line first" {
				continue // the worth of goods told as given is a money line (TestActorCoref)
			}
			d := genCtxDonors[(i+j)%len(genCtxDonors)]
			intro, introLine := in.text(d)
			text := intro + " " + fmt.Sprintf(nm.form, d.recipient, d.money)
			value := nm.value
			if value == "" {
				value = d.moneyVal
			}
			row := genCtxRow{dims: []string{"intro " + in.name, "near " + nm.name}, text: text, value: value, deny: d.code}
			if introLine != "" {
				row.want = append(row.want, introLine)
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// genCtxSecondDonor are texts where a second country comes between the
// donor and the later sentence: the nearer one gives, or none when one
// sentence puts both forward.
func genCtxSecondDonor() []genCtxRow {
	var rows []genCtxRow
	for _, d := range genCtxDonors {
		for _, later := range []struct{ name, text, val, line string }{
			{"passive", "12 howitzers will also be delivered in May.", "12 × howitzers", "equipment 12 × howitzers pledged"},
			{"package includes", "The package includes 30 ambulances.", "30 × ambulances", "equipment 30 × ambulances pledged"},
			{"the government", "The government will also send 200 soldiers to the region.", "200 troops", "troops 200 troops pledged"},
			{"money part", "Of this, €40 million is earmarked for demining.", "40 million EUR", "money 40 million EUR pledged"},
		} {
			nearer := fmt.Sprintf("%s pledged %s to %s on Monday. France announced its own aid package for %s on Tuesday. %s",
				d.name, d.big, d.recipient, d.recipient, later.text)
			if later.name == "money part" {
				nearer = fmt.Sprintf("%s pledged %s to %s on Monday. France pledged €90 million to %s on Tuesday. %s",
					d.name, d.big, d.recipient, d.recipient, later.text)
			}
			rows = append(rows, genCtxRow{dims: []string{"second donor nearer", "ref " + later.name}, text: nearer,
				want: []string{d.code + " money " + d.bigVal + " pledged"}, value: later.val, later: "FR " + later.line})
			both := fmt.Sprintf("%s and France said on Monday they would help %s. %s", d.name, d.recipient, later.text)
			rows = append(rows, genCtxRow{dims: []string{"two donors in one sentence", "ref " + later.name}, text: both, value: later.val})
		}
	}
	return rows
}

// genCtxTroops are texts where a country joins a mission or sends
// troops, and a later sentence tells the troops without naming it.
func genCtxTroops() []genCtxRow {
	intros := []struct{ name, form string }{
		{"will join the mission", "%s announced on Monday that it would join the mission in %s."},
		{"has joined the mission", "%s has joined the mission in %s."},
		{"ministry: will send troops", "%s's defence ministry said it would send troops to %s."},
		{"headline: sends troops", "%s to send troops to %s\n\nThe decision was taken on Monday."},
	}
	laters := []struct{ name, text, line string }{
		{"the first will arrive", "The first 200 soldiers will arrive in May.", "pledged"},
		{"its contingent arrived", "Its contingent of 200 soldiers arrived on Monday.", "delivered"},
		{"already stationed", "Around 200 troops are already stationed there.", "delivered"},
		{"could take part", "Up to 200 soldiers could take part.", "considering"},
		{"strong contingent sent", "A 200-strong contingent will be sent in May.", "pledged"},
		{"contribution consists of", "The contribution consists of 200 soldiers.", "pledged"},
		{"another will follow", "Another 200 soldiers will follow later.", "pledged"},
	}
	var rows []genCtxRow
	n := 0
	for _, in := range intros {
		for _, l := range laters {
			d := genCtxDonors[n%len(genCtxDonors)]
			n++
			text := strings.ReplaceAll(fmt.Sprintf(in.form, d.name, d.recipient), `\n`, "\n") + " " + l.text
			rows = append(rows, genCtxRow{dims: []string{"troops intro " + in.name, "troops ref " + l.name}, text: text,
				value: "200 troops", later: d.code + " troops 200 troops " + l.line})
		}
	}
	// near-misses: no mission or deployment before, a casualty, the
	// recipient's own soldiers, a country that only acts for itself
	for _, d := range genCtxDonors {
		for _, nm := range []string{
			"%[1]s pledged %[3]s to %[2]s on Monday. About 200 soldiers remain in the city.",
			"%[1]s has joined the mission in %[2]s. 200 soldiers were killed in the fighting last year.",
			"%[1]s has joined the mission in %[2]s. 200 %[4]s soldiers arrived on Monday.",
			"Russia has massed troops near the border. 200 soldiers arrived on Monday.",
			"%[1]s has joined the mission in %[2]s. The army of %[2]s has 200 soldiers in the region.",
		} {
			text := fmt.Sprintf(nm, d.name, d.recipient, d.big, "local")
			rows = append(rows, genCtxRow{dims: []string{"troops near-miss"}, text: text, value: "200 troops", deny: d.code})
		}
	}
	return rows
}

// genCtxLists are texts whose later lines are bullets under a header
// that names no giver, or names it by a possessive: each bullet takes the
// donor introduced before.
func genCtxLists() []genCtxRow {
	headers := []struct{ name, form string }{
		{"the package includes", "The package includes:"},
		{"it includes", "It includes:"},
		{"the aid consists of the following", "The aid consists of the following:"},
		{"possessive header", "%s's package includes:"},
	}
	var rows []genCtxRow
	n := 0
	for _, in := range genCtxIntros {
		if in.name == "subject with an amount" || in.name == "an equipment line first" {
			continue // a line before: the bullets read it (not this table's question)
		}
		for _, h := range headers {
			d := genCtxDonors[n%len(genCtxDonors)]
			n++
			intro, _ := in.text(d)
			header := h.form
			if strings.Contains(header, "%s") {
				header = fmt.Sprintf(header, d.name)
			}
			text := intro + " " + header + "\n- 30 ambulances\n- " + d.money + " for demining\n- 12 howitzers"
			for _, b := range []struct{ val, line string }{
				{"30 × ambulances", "equipment 30 × ambulances pledged"},
				{d.moneyVal, "money " + d.moneyVal + " pledged"},
				{"12 × howitzers", "equipment 12 × howitzers pledged"},
			} {
				rows = append(rows, genCtxRow{dims: []string{"list intro " + in.name, "list header " + h.name}, text: text,
					value: b.val, later: d.code + " " + b.line})
			}
		}
	}
	return rows
}

// genCtxGaps are texts with one or two sentences of background between
// the donor and the later sentence: the donor carries over them (the
// look-back is three sentences); a country acting on its own in between
// must not take the line.
func genCtxGaps() []genCtxRow {
	gaps := []struct{ name, text string }{
		{"one background sentence", "The war has lasted more than two years."},
		{"two background sentences", "The war has lasted more than two years. Fighting continued in the east on Sunday."},
	}
	laters := []struct{ name, text, val, line string }{
		{"it", "It will also send 12 howitzers.", "12 × howitzers", "equipment 12 × howitzers pledged"},
		{"the government", "The government will also provide %s.", "", "money %s pledged"},
		{"passive", "12 howitzers will also be delivered in May.", "12 × howitzers", "equipment 12 × howitzers pledged"},
		{"package includes", "The package includes 30 ambulances.", "30 × ambulances", "equipment 30 × ambulances pledged"},
	}
	var rows []genCtxRow
	n := 0
	for _, in := range genCtxIntros {
		if in.name == "subject with an amount" || in.name == "an equipment line first" {
			continue
		}
		for _, g := range gaps {
			for _, l := range laters {
				d := genCtxDonors[n%len(genCtxDonors)]
				n++
				intro, _ := in.text(d)
				later, val, line := l.text, l.val, l.line
				if val == "" {
					later, val, line = fmt.Sprintf(later, d.money), d.moneyVal, fmt.Sprintf(line, d.moneyVal)
				}
				rows = append(rows, genCtxRow{dims: []string{"gap intro " + in.name, "gap " + g.name, "gap ref " + l.name},
					text: intro + " " + g.text + " " + later, value: val, later: d.code + " " + line})
				// a country acting on its own in between does not own the
				// package or the passive ("It"/"The government" may well be
				// that country: not asked)
				if l.name == "package includes" || l.name == "passive" {
					other := intro + " Russia launched new strikes on Sunday. " + later
					rows = append(rows, genCtxRow{dims: []string{"gap intro " + in.name, "gap near-miss " + l.name},
						text: other, value: val, deny: "RU"})
				}
			}
		}
	}
	return rows
}

// TestContextGenerated runs the generated discourse table: a donor
// introduced one way, a later sentence that refers back to it another
// way (or not at all), and near-misses that must not inherit it. It logs
// the failures by dimension value and fails when any row fails.
func TestContextGenerated(t *testing.T) {
	g := newGenTable(t)
	rows := append(genCtxRows(), genCtxNearRows()...)
	rows = append(rows, genCtxSecondDonor()...)
	rows = append(rows, genCtxTroops()...)
	rows = append(rows, genCtxLists()...)
	rows = append(rows, genCtxGaps()...)
	for _, r := range rows {
		cs := g.e.Extract(r.text)
		checkInvariants(t, r.text, cs)
		msg := genCtxCheck(r, cs)
		g.row(msg == "", fmt.Sprintf("%v: %s\n   text %q", r.dims, msg, r.text), r.dims...)
	}
	g.done("generated discourse rows")
}

// genCtxCheck returns "" when cs holds the row's wanted lines, the later
// quantity's line exactly as wanted, and no denied line.
func genCtxCheck(r genCtxRow, cs []news.Commitment) string {
	var got []string
	have := map[string]bool{}
	var later []string
	for _, c := range cs {
		s := summary(c)
		got = append(got, s)
		have[s] = true
		if c.Value() == r.value {
			later = append(later, s)
			if r.deny != "" && c.Actor == r.deny {
				return fmt.Sprintf("denied line %q; got %q", s, got)
			}
		}
	}
	for _, w := range r.want {
		if !have[w] {
			return fmt.Sprintf("missing %q; got %q", w, got)
		}
	}
	if r.deny != "" {
		return ""
	}
	if r.later == "" {
		if len(later) > 0 {
			return fmt.Sprintf("later line %q, want none; got %q", later, got)
		}
		return ""
	}
	if len(later) != 1 || later[0] != r.later {
		return fmt.Sprintf("later line %q, want %q; got %q", later, r.later, got)
	}
	return ""
}
