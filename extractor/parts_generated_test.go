package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Generated rows of one donor stating several amounts: a total and its
// parts, tranches, a further amount and the new total, and troop changes
// ("by N to M", "from A to B", "cut by N"), each with the lines the
// conventions want (eval README: "Totals and their parts", "Cumulative
// giving", "The same commitment said twice", "Currency"). Near-misses
// must stay one line: the same amount said again, a bracketed
// conversion, a cumulative total, a personnel breakdown.

// partsCurrency writes an amount in millions in one currency form.
type partsCurrency struct {
	name, actor, code, iso string
	write                  func(m float64) string
}

// partsMillions writes m million in the word style of a currency form:
// "1.2 billion", "500 million".
func partsMillions(m float64) string {
	if m >= 1000 {
		return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.2f", m/1000), "0"), ".0") + " billion"
	}
	return fmt.Sprintf("%g million", m)
}

// partsShort writes m million in the short newspaper style: "1.2bn",
// "500m".
func partsShort(m float64) string {
	if m >= 1000 {
		return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.2f", m/1000), "0"), ".0") + "bn"
	}
	return fmt.Sprintf("%gm", m)
}

var partsCurrencies = []partsCurrency{
	{"euro sign", "Germany", "DE", "EUR", func(m float64) string { return "€" + partsMillions(m) }},
	{"euros", "Italy", "IT", "EUR", func(m float64) string { return partsMillions(m) + " euros" }},
	{"dollar sign", "The United States", "US", "USD", func(m float64) string { return "$" + partsMillions(m) }},
	{"pound short", "Britain", "GB", "GBP", func(m float64) string { return "£" + partsShort(m) }},
	{"yen", "Japan", "JP", "JPY", func(m float64) string { return partsMillions(m*100) + " yen" }},
	{"C$", "Canada", "CA", "CAD", func(m float64) string { return "C$" + partsMillions(m) }},
	{"NOK", "Norway", "NO", "NOK", func(m float64) string { return "NOK " + partsMillions(m*10) }},
	{"A$ short", "Australia", "AU", "AUD", func(m float64) string { return "A$" + partsShort(m) }},
	{"EUR code", "The Netherlands", "NL", "EUR", func(m float64) string { return "EUR " + partsMillions(m) }},
}

// partsMoneyTemplate is one sentence (or text) with amounts {T}, {X}, {Y}
// (in millions: t, x, y) and donor {A}; want lists "T:status" for each
// expected line, by the letter of its amount.
type partsMoneyTemplate struct {
	name    string
	text    string
	t, x, y float64
	want    []string
}

var partsMoneyTemplates = []partsMoneyTemplate{
	// a total and its parts: each a line
	{"including", "{A} pledged {T} to Ukraine, including {X} for air defence and {Y} for demining.", 500, 200, 100, []string{"T:pledged", "X:pledged", "Y:pledged"}},
	{"of which is", "{A} will provide {T} to Ukraine, of which {X} is for humanitarian aid.", 800, 300, 0, []string{"T:pledged", "X:pledged"}},
	{"comprising", "{A} announced a {T} package for Ukraine comprising {X} in grants and {Y} in loans.", 900, 600, 300, []string{"T:pledged", "X:pledged", "Y:pledged"}},
	{"split between", "{A} pledged {T} to Ukraine, split between {X} for reconstruction and {Y} for energy.", 700, 400, 300, []string{"T:pledged", "X:pledged", "Y:pledged"}},
	{"grants and loans", "{A} will give Ukraine {X} in grants and {Y} in loans.", 0, 250, 150, []string{"X:pledged", "Y:pledged"}},
	{"colon parts", "{A} will provide {T} to Jordan: {X} in grants and {Y} in concessional loans.", 600, 450, 150, []string{"T:pledged", "X:pledged", "Y:pledged"}},
	{"part sentence", "{A} pledged {T} to Ukraine. Of this, {X} will go to energy repairs.", 400, 150, 0, []string{"T:pledged", "X:pledged"}},
	{"package includes", "{A} announced a {T} aid package for Moldova. The package includes {X} for budget support.", 300, 120, 0, []string{"T:pledged", "X:pledged"}},
	// the parts take the status of the total's verb
	{"including delivered", "{A} has delivered {T} to Ukraine, including {X} for air defence.", 500, 200, 0, []string{"T:delivered", "X:delivered"}},
	{"of which considering", "{A} could provide {T} to Ukraine, of which {X} in loans.", 500, 200, 0, []string{"T:considering", "X:considering"}},
	{"including considering", "{A} is considering a {T} package for Ukraine, including {X} for air defence.", 500, 200, 0, []string{"T:considering", "X:considering"}},
	{"including declined", "{A} ruled out a {T} package for Ukraine, including {X} for air defence.", 500, 200, 0, []string{"T:declined", "X:declined"}},
	{"part sentence delivered", "{A} has sent {T} to Ukraine. Of this, {X} went to energy repairs.", 400, 150, 0, []string{"T:delivered", "X:delivered"}},
	{"sum of parts", "{A} will provide {X} in grants and {Y} in loans to Jordan, for a total of {T}.", 500, 300, 200, []string{"X:pledged", "Y:pledged", "T:pledged"}},
	// one more amount and the new total
	{"on top of", "{A} will provide a further {X} to Ukraine on top of the {Y} it announced in May.", 0, 200, 500, []string{"X:pledged", "Y:pledged"}},
	{"further bringing", "{A} pledged a further {X} to Ukraine, bringing its total aid to {T}.", 1500, 300, 0, []string{"X:pledged", "T:delivered"}},
	{"will raise total", "{A} will provide an additional {X} to Ukraine. The new money will raise its total aid to {T}.", 1200, 200, 0, []string{"X:pledged", "T:pledged"}},
	{"increase by to", "{A} will increase its aid to Ukraine by {X} to {T}.", 900, 300, 0, []string{"X:pledged", "T:pledged"}},
	// tranches
	{"first tranche of", "{A} has disbursed the first tranche of {X} of its {T} loan to Ukraine.", 1000, 250, 0, []string{"X:delivered", "T:pledged"}},
	{"tranches each", "{A} will lend Egypt {T} in two tranches of {X} each.", 1000, 500, 0, []string{"T:pledged"}},
	{"tranche noun of its", "{A} released the first {X} tranche of its {T} loan to Ukraine.", 1000, 250, 0, []string{"X:delivered", "T:pledged"}},
	{"subject of total", "The new {X} package brings {A}'s total aid to Ukraine to {T}.", 2000, 300, 0, []string{"X:pledged", "T:delivered"}},
	// the same amount said again: one line
	{"referred back", "{A} pledged {T} to Ukraine. The {T} package will be paid out this year.", 500, 0, 0, []string{"T:pledged"}},
	{"that money", "{A} pledged {T} to Ukraine on Monday. That money will go to energy repairs.", 700, 0, 0, []string{"T:pledged"}},
	{"headline and body", "{A} pledges {T} to Ukraine\n{A} will provide {T} in military aid to Ukraine, the government said.", 400, 0, 0, []string{"T:pledged"}},
	{"cumulative", "{A} has provided {T} in aid to Ukraine since 2022.", 3000, 0, 0, []string{"T:delivered"}},
	{"cumulative and new", "{A} pledged {X} to Ukraine on Friday. It has provided {T} in aid to Ukraine since 2022.", 3000, 200, 0, []string{"X:pledged", "T:delivered"}},
}

// partsRender writes a line as "code money amount currency status" or
// "code troops n status".
func partsRender(c news.Commitment) string {
	switch {
	case c.Kind == news.KindMoney && c.Amount != nil:
		return fmt.Sprintf("%s money %.0f %s %s", c.Actor, *c.Amount, c.Currency, c.Status)
	case c.Kind == news.KindTroops && c.Troops != nil:
		return fmt.Sprintf("%s troops %d %s", c.Actor, *c.Troops, c.Status)
	}
	return fmt.Sprintf("%s %s - %s", c.Actor, c.Kind, c.Status)
}

// partsScale is the factor from millions in a template to the currency's
// units: yen and kroner amounts are written larger.
func partsScale(cur partsCurrency) float64 {
	switch cur.iso {
	case "JPY":
		return 100e6
	case "NOK":
		return 10e6
	}
	return 1e6
}

// TestGeneratedMoneyParts runs money templates × currency forms and
// reports failures per dimension value.
func TestGeneratedMoneyParts(t *testing.T) {
	g := newGenTable(t)
	n := 0
	for _, tm := range partsMoneyTemplates {
		for _, cur := range partsCurrencies {
			n++
			val := map[string]float64{"T": tm.t, "X": tm.x, "Y": tm.y}
			r := strings.NewReplacer("{A}", cur.actor, "{T}", cur.write(tm.t), "{X}", cur.write(tm.x), "{Y}", cur.write(tm.y))
			s := r.Replace(tm.text)
			var want []string
			for _, w := range tm.want {
				l, st, _ := strings.Cut(w, ":")
				want = append(want, fmt.Sprintf("%s money %.0f %s %s", cur.code, val[l]*partsScale(cur), cur.iso, st))
			}
			g.expect(s, sortedLines(g.lines(s, partsRender)...), sortedLines(want...), "template "+tm.name, "currency "+cur.name)
		}
	}
	g.done("generated rows")
}

// partsTroopTemplate is one troop-change sentence with numbers {N}, {M},
// {P} and donor {A}; want lists "N:status" per expected line, where "D"
// is the size of a cut from {P} to {M}.
type partsTroopTemplate struct {
	name string
	text string
	want []string
}

var partsTroopTemplates = []partsTroopTemplate{
	{"boost by to", "{A} will boost its contingent in Latvia by {N} to {M} troops.", []string{"N:pledged", "M:pledged"}},
	{"increase by soldiers to", "{A} will increase its force in Lithuania by {N} soldiers to {M}.", []string{"N:pledged", "M:pledged"}},
	{"further bringing", "{A} will send a further {N} troops to Latvia, bringing its total there to {M}.", []string{"N:pledged", "M:pledged"}},
	{"more raising", "{A} will send {N} more soldiers to Estonia, raising its presence there to {M}.", []string{"N:pledged", "M:pledged"}},
	{"additional taking", "{A} will deploy an additional {N} troops to Romania, taking the total to {M}.", []string{"N:pledged", "M:pledged"}},
	// an increase "from A to B" is the new level alone (as the dev2 and
	// dev3 gold keep it); a cut "from A to B" is the size of the cut
	{"raise from to", "{A} will raise its troop numbers in Estonia from {M} to {P}.", []string{"P:pledged"}},
	{"rise from to", "The number of {A}'s soldiers in Lithuania will rise from {M} to {P}.", []string{"P:pledged"}},
	{"cut by", "{A} will cut its contingent in Mali by {N} troops.", []string{"N:declined"}},
	{"reduce from to", "{A} will reduce its contingent in Mali from {P} to {M} soldiers.", []string{"D:declined"}},
	{"reduced passive from to", "{A}'s deployment in Iraq has been reduced from {P} to {M} troops.", []string{"D:declined"}},
	{"reduce by to", "{A} will reduce its troops in Iraq by {N} to {M}.", []string{"N:declined"}},
	{"withdraw of its", "{A} will withdraw {N} of its {P} troops from Mali.", []string{"N:declined"}},
	// a personnel total is scored, its breakdown not
	{"breakdown including", "{A} will send {P} personnel to the mission, including {N} soldiers and {M} police officers.", []string{"P:pledged"}},
	{"breakdown comprising", "{A} will deploy {P} troops to Kosovo, comprising {N} infantry and {M} engineers.", []string{"P:pledged"}},
}

// partsTroopNumbers are (N, M, P) triples: N the change, M the new level
// (or a part), P the level before (or the whole).
var partsTroopNumbers = []struct {
	name    string
	n, m, p int
	written [3]string
}{
	{"hundreds", 150, 650, 800, [3]string{"150", "650", "800"}},
	{"thousands", 1000, 3500, 4500, [3]string{"1,000", "3,500", "4,500"}},
	{"about", 200, 1200, 1400, [3]string{"about 200", "about 1,200", "about 1,400"}},
	{"words", 300, 900, 1200, [3]string{"three hundred", "900", "1,200"}},
}

// TestGeneratedTroopChanges runs troop-change templates × number forms
// × donors.
func TestGeneratedTroopChanges(t *testing.T) {
	g := newGenTable(t)
	n := 0
	for _, tm := range partsTroopTemplates {
		for _, num := range partsTroopNumbers {
			d := giveDonors[n%len(giveDonors)]
			n++
			s := strings.NewReplacer("{A}", d.name, "{N}", num.written[0], "{M}", num.written[1], "{P}", num.written[2]).Replace(tm.text)
			val := map[string]int{"N": num.n, "M": num.m, "P": num.p, "D": num.p - num.m}
			if strings.Contains(tm.name, "breakdown") {
				val["P"] = num.n + num.m
				s = strings.NewReplacer("{A}", d.name, "{N}", num.written[0], "{M}", num.written[1], "{P}", fmt.Sprint(num.n+num.m)).Replace(tm.text)
			}
			var want []string
			for _, w := range tm.want {
				l, st, _ := strings.Cut(w, ":")
				want = append(want, fmt.Sprintf("%s troops %d %s", d.code, val[l], st))
			}
			g.expect(s, sortedLines(g.lines(s, partsRender)...), sortedLines(want...), "template "+tm.name, "numbers "+num.name)
		}
	}
	g.done("generated rows")
}

// TestSeveralAmountsRows holds written rows outside the generated
// product: cuts with bare numbers, breakdowns, tranches, conversions,
// sums across donors and rounded restatements, with near-misses that give
// no line or one line.
func TestSeveralAmountsRows(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		text string
		want []string
	}{
		// cuts with bare numbers: the size of the cut
		{"Britain has reduced its deployment in Iraq from 800 to 650.", []string{"GB troops 150 declined"}},
		{"The British contingent in Iraq was cut from 800 to 650 soldiers.", []string{"GB troops 150 declined"}},
		{"Britain's troop presence in Iraq will be reduced from 800 to 650.", []string{"GB troops 150 declined"}},
		{"Spain has reduced its presence in Lebanon from about 1,100 to 650.", []string{"ES troops 450 declined"}},
		{"Britain could reduce its deployment in Iraq by 200 to 600.", []string{"GB troops 200 considering"}},
		{"Britain may cut its contingent in Mali from 800 to 650 soldiers.", []string{"GB troops 150 declined"}},
		{"Poland will increase its contingent in Kosovo by a third to 400 troops.", []string{"PL troops 400 pledged"}},
		{"Germany will raise its contingent in Lithuania from 1,000 to 1,500 soldiers.", []string{"DE troops 1500 pledged"}},
		{"Germany will increase its troops in Lithuania by 2026 to 1,500.", []string{"DE troops 1500 pledged"}},
		// troops in the subject of a verb of a new total, and the total
		{"The deployment of 300 additional troops will bring Germany's contingent in Lithuania to 1,500.", []string{"DE troops 300 pledged", "DE troops 1500 pledged"}},
		{"The 200 extra soldiers will take the Dutch contribution to the mission to 600.", []string{"NL troops 200 pledged", "NL troops 600 pledged"}},
		{"The 300 soldiers killed will bring the toll to 1,500.", nil},
		// near-misses of cuts: a negation, a budget, an army of its own,
		// a toll, a place that owns something else
		{"Britain will not reduce its deployment in Iraq from 800 to 650.", nil},
		{"Britain has reduced its defence budget from 800 to 650.", nil},
		{"Britain cut its armed forces from 80,000 to 65,000.", nil},
		{"The death toll among British soldiers rose from 80 to 95.", nil},
		{"Last month the deployment at the harbour, Lebanon's main port, was reduced from 800 to 650.", nil},
		// a personnel total and its breakdown
		{"France will send 500 personnel, among them 40 medics and 60 engineers.", []string{"FR troops 500 pledged"}},
		{"France will send 500 soldiers, of whom 40 are medics and 60 engineers.", []string{"FR troops 500 pledged"}},
		{"Italy will deploy 900 troops, made up of 700 infantry and 200 engineers.", []string{"IT troops 900 pledged"}},
		// tranches and parts of a whole
		{"Germany will lend Ukraine €1 billion in four instalments of €250 million each.", []string{"DE money 1000000000 EUR pledged"}},
		{"Germany has paid €250 million of its €1 billion pledge to Ukraine.", []string{"DE money 1000000000 EUR pledged", "DE money 250000000 EUR delivered"}},
		{"Japan will lend Kenya 15 billion yen, the first tranche of a 50 billion yen package.", []string{"JP money 15000000000 JPY pledged", "JP money 50000000000 JPY pledged"}},
		// parts said in a sentence of their own after the total
		{"Germany pledged €500 million to Ukraine. Of the total, €200 million is for air defence.", []string{"DE money 500000000 EUR pledged", "DE money 200000000 EUR pledged"}},
		{"Germany pledged €500 million to Ukraine. The package consists of €300 million in grants and €200 million in loans.", []string{"DE money 500000000 EUR pledged", "DE money 300000000 EUR pledged", "DE money 200000000 EUR pledged"}},
		{"Germany pledged €500 million to Ukraine. It includes €100 million for demining.", []string{"DE money 500000000 EUR pledged", "DE money 100000000 EUR pledged"}},
		{"Germany pledged €500 million to Ukraine. The aid is split into €300 million for energy and €200 million for demining.", []string{"DE money 500000000 EUR pledged", "DE money 300000000 EUR pledged", "DE money 200000000 EUR pledged"}},
		{"Qatar has deposited $4 billion with the central bank of Egypt. Of the deposits, $1 billion is due next year and $3 billion in 2027.",
			[]string{"QA money 4000000000 USD delivered", "QA money 1000000000 USD delivered", "QA money 3000000000 USD delivered"}},
		{"Germany pledged €500 million to Ukraine. Of the loan, €200 million will be disbursed this year.", []string{"DE money 500000000 EUR pledged", "DE money 200000000 EUR pledged"}},
		// one reader of the part phrase (partOfPhrase) for both forms
		{"Germany pledged €500 million to Ukraine. €200 million of it is for air defence.", []string{"DE money 500000000 EUR pledged", "DE money 200000000 EUR pledged"}},
		{"Germany pledged €500 million to Ukraine. Of these, €200 million is for air defence.", []string{"DE money 500000000 EUR pledged", "DE money 200000000 EUR pledged"}},
		{"Germany has provided €500 million to Ukraine since 2022. €200 million of it went to air defence.", []string{"DE money 500000000 EUR delivered"}},
		{"Germany pledged €500 million to Ukraine. Of this, France will give €100 million.", []string{"DE money 500000000 EUR pledged", "FR money 100000000 EUR pledged"}},
		{"Germany pledged €500 million to Ukraine. The country's budget includes €100 million for defence.", []string{"DE money 500000000 EUR pledged"}},
		{"Germany has provided €500 million to Ukraine since 2022. Of this, €200 million went to air defence.", []string{"DE money 500000000 EUR delivered"}},
		{"The EU released the first €1.5 billion tranche of its €12 billion loan to Moldova.", []string{"EU money 1500000000 EUR delivered", "EU money 12000000000 EUR pledged"}},
		{"Germany will provide €200 million in humanitarian aid and €300 million in military aid to Ukraine, for a total of €500 million.",
			[]string{"DE money 200000000 EUR pledged", "DE money 300000000 EUR pledged", "DE money 500000000 EUR pledged"}},
		{"Japan will provide $500 million, bringing its total assistance to Ukraine to $7.6 billion.", []string{"JP money 500000000 USD pledged", "JP money 7600000000 USD delivered"}},
		// conversions in brackets after the recipient: one line
		{"Germany pledged €1 billion to Ukraine ($1.1 billion).", []string{"DE money 1000000000 EUR pledged"}},
		{"Germany pledged €1 billion to Ukraine (about $1.1 billion) on Monday.", []string{"DE money 1000000000 EUR pledged"}},
		{"Canada will increase its aid to Ukraine by C$300 million to C$900 million.", []string{"CA money 300000000 CAD pledged", "CA money 900000000 CAD pledged"}},
		// a sum across donors is no donor's line; one donor's total is
		{"Germany pledged €300 million and France €200 million, a total of €500 million.", []string{"DE money 300000000 EUR pledged", "FR money 200000000 EUR pledged"}},
		{"Germany and France pledged €300 million and €200 million respectively, a total of €500 million.", []string{"DE money 300000000 EUR pledged", "FR money 200000000 EUR pledged"}},
		{"Germany pledged €300 million to Ukraine and €200 million to Moldova, a total of €500 million.", []string{"DE money 200000000 EUR pledged", "DE money 300000000 EUR pledged", "DE money 500000000 EUR pledged"}},
		// a rounded restatement is one line; "about … more" is another
		{"Germany pledged €1.03 billion to Ukraine on Monday. The package of about €1 billion will be paid this year.", []string{"DE money 1030000000 EUR pledged"}},
		{"Germany pledged €1.03 billion to Ukraine on Monday. It will give about €1 billion more next year.", []string{"DE money 1000000000 EUR pledged", "DE money 1030000000 EUR pledged"}},
		{"Germany pledged €1.03 billion to Ukraine on Monday. It will give a further €1 billion next year.", []string{"DE money 1000000000 EUR pledged", "DE money 1030000000 EUR pledged"}},
		// cumulative giving is one line, not split
		{"Germany has provided €3 billion in aid to Ukraine since 2022, including €1 billion this year.", []string{"DE money 3000000000 EUR delivered"}},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, partsRender, tc.text, tc.want)
	}
}

// TestSeveralAmountsSameValue holds two amounts of one donor that dedupe
// must keep apart, or that must give a line of their own: a subject
// amount of a new total, list items of equal amounts, a total and "an
// additional" equal amount; and near-misses.
func TestSeveralAmountsSameValue(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"The new $300 million package brings total American military aid to Ukraine to $40 billion.",
			[]string{"US money 300000000 USD pledged", "US money 40000000000 USD delivered"}},
		{"The €50 million grant announced on Monday takes Germany's total aid to Moldova to €400 million.",
			[]string{"DE money 50000000 EUR pledged", "DE money 400000000 EUR delivered"}},
		{"A 20-billion-yen credit this spring brought the sum Japan has lent to Laos since 1995 to 900 billion yen.",
			[]string{"JP money 20000000000 JPY pledged", "JP money 900000000000 JPY delivered"}},
		{"Tokyo's new 30-billion-yen ($200 million) credit for next year takes the sum Japan has lent to Vietnam since the 1990s to 2.5 trillion yen.",
			[]string{"JP money 30000000000 JPY pledged", "JP money 2500000000000 JPY delivered"}},
		{"Japan has lent Laos 900 billion yen since 1995.", []string{"JP money 900000000000 JPY delivered"}},
		// near-misses: a sale, a cost
		{"The $300 million deal brings the total value of arms sales to Taiwan to $18 billion.", nil},
		{"Prices of €50 million will bring the total cost of the project to €400 million.", nil},
		{"Korea signed loans of up to KRW 60 billion with Ghana. The loans go to: a bridge project (KRW 16 billion); a clinic project (KRW 16 billion); and a school project (KRW 20 billion).",
			[]string{"KR money 16000000000 KRW pledged", "KR money 16000000000 KRW pledged", "KR money 20000000000 KRW pledged", "KR money 60000000000 KRW pledged"}},
		{"Korea will raise its credit line for Moldova to $150 million. Korea will also give an additional $150 million in grants.",
			[]string{"KR money 150000000 USD pledged", "KR money 150000000 USD pledged"}},
		// an earlier amount of the donor named after "in addition to the
		// granting of": its own line; not a payment by another
		{"Canada will give 5 million dollars to the relief fund. The new money comes in addition to the granting of 80 million Canadian dollars last year.",
			[]string{"CA money 5000000 CAD pledged", "CA money 80000000 CAD pledged"}},
		{"Norway will give NOK 50 million to the fund, in addition to the allocation of NOK 20 million announced in May.",
			[]string{"NO money 50000000 NOK pledged", "NO money 20000000 NOK pledged"}},
		{"Norway will give NOK 50 million to the fund. The country's exports rose by 5 percent in addition to the payment of NOK 20 million by Sweden.",
			[]string{"NO money 50000000 NOK pledged"}},
		// the same amount said again stays one line
		{"Japan will provide $300 million to Ukraine. The $300 million will go to energy repairs.", []string{"JP money 300000000 USD pledged"}},
		{"Japan pledges $300 million to Ukraine\nJapan will provide $300 million to Ukraine, the ministry said.", []string{"JP money 300000000 USD pledged"}},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, partsRender, tc.text, tc.want)
	}
}
