package extractor

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// summary renders a commitment for comparison: "DE equipment 40 × Leopard 2 tanks pledged".
func summary(c news.Commitment) string {
	return fmt.Sprintf("%s %s %s %s", c.Actor, c.Kind, c.Value(), c.Status)
}

// extractCase is one table test: the commitments of text, each rendered
// by the test's render function, in order.
type extractCase struct {
	name, text string
	want       []string
}

// runCases runs each case as a subtest: it checks the invariants of the
// result and compares the rendered commitments with want (runProbeCases,
// with no gap rows).
func runCases(t *testing.T, e *Extractor, tests []extractCase, render func(text string, c news.Commitment) string) {
	t.Helper()
	rows := make([]probeCase, len(tests))
	for i, tt := range tests {
		rows[i] = probeCase{name: tt.name, text: tt.text, want: tt.want}
	}
	runProbeCases(t, e, rows, render)
}

// probeCase is one table row: a sentence written for the test and the
// commitments it should give, each rendered by the test's render
// function, in order. A row with gap set is a known miss: it is logged,
// not failed, so the table keeps the phrasings still to handle.
type probeCase struct {
	name, text string
	want       []string
	gap        bool
}

// runProbeCases runs each row as a subtest: it checks the invariants of
// the result and compares the rendered commitments with want. A gap row
// that differs is logged, not failed; one that now passes is logged too,
// so that its gap flag can go.
func runProbeCases(t *testing.T, e *Extractor, tests []probeCase, render func(text string, c news.Commitment) string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := e.Extract(tt.text)
			checkInvariants(t, tt.text, cs)
			var got []string
			for _, c := range cs {
				got = append(got, render(tt.text, c))
			}
			switch {
			case slices.Equal(got, tt.want):
				if tt.gap {
					t.Logf("gap row now passes: %q", tt.text)
				}
			case tt.gap:
				t.Logf("known gap: Extract(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			default:
				t.Errorf("Extract(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// checkInvariants asserts what must hold for every commitment of text.
func checkInvariants(t *testing.T, text string, cs []news.Commitment) {
	t.Helper()
	for _, c := range cs {
		if c.Start < 0 || c.End > len(text) || c.Start > c.End {
			t.Fatalf("offsets %d:%d outside text of %d bytes", c.Start, c.End, len(text))
		}
		if text[c.Start:c.End] != c.Evidence {
			t.Errorf("evidence %q != text[%d:%d] %q", c.Evidence, c.Start, c.End, text[c.Start:c.End])
		}
		if c.Confidence < 0 || c.Confidence > 1 {
			t.Errorf("confidence %v outside [0,1]", c.Confidence)
		}
		if !c.Kind.Valid() || !c.Status.Valid() {
			t.Errorf("invalid kind %q or status %q", c.Kind, c.Status)
		}
		if c.ID != "" || c.ArticleID != "" {
			t.Errorf("ID/ArticleID set: %q %q", c.ID, c.ArticleID)
		}
		if len(c.Rules) == 0 {
			t.Errorf("%s: no rule ids", summary(c))
		}
		for _, sp := range []struct {
			name string
			p    *[2]int
		}{{"actor_span", c.ActorSpan}, {"value_span", c.ValueSpan}} {
			if sp.p == nil {
				continue
			}
			if sp.p[0] < c.Start || sp.p[1] > c.End || sp.p[0] >= sp.p[1] {
				t.Errorf("%s: %s %v not a non-empty span inside the evidence [%d,%d)", summary(c), sp.name, *sp.p, c.Start, c.End)
			} else if strings.TrimSpace(text[sp.p[0]:sp.p[1]]) == "" {
				t.Errorf("%s: %s %v is blank", summary(c), sp.name, *sp.p)
			}
		}
		if c.ValueSpan != nil && c.Troops == nil && c.Amount == nil && c.Count == nil {
			t.Errorf("%s: value_span without a value", summary(c))
		}
	}
}

func TestExtractNewsStyles(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"wire copy with dateline and attribution",
			"BERLIN (Reuters) - Germany will send 40 Leopard 2 tanks and two Patriot batteries to Ukraine, Chancellor Olaf Scholz said on Wednesday.",
			[]string{"DE equipment 40 × Leopard 2 tanks pledged", "DE equipment 2 × Patriot batteries pledged"}},
		{"wire copy, secretary announces",
			"WASHINGTON, March 3 (AP) — The United States will provide Ukraine with an additional $2.5 billion in military aid, Secretary of State Marco Rubio announced Monday.",
			[]string{"US money 2.5 billion USD pledged"}},
		{"institution approves a package",
			"The European Union approved a €50bn package for Ukraine on Thursday.",
			[]string{"EU money 50 billion EUR pledged"}},
		{"cumulative aid is delivered",
			"Japan has provided $4.5 billion in humanitarian aid since 2022.",
			[]string{"JP money 4.5 billion USD delivered"}},
		{"two clauses, two donors, ISO code and currency words",
			"Norway pledged NOK 2 billion to the fund, while Denmark gave 500 million Danish kroner.",
			[]string{"NO money 2 billion NOK pledged", "DK money 500 million DKK delivered"}},
		{"press release with explicit code after the symbol",
			"FOR IMMEDIATE RELEASE: The Government of Canada today announced $500 million CAD in new military assistance for Ukraine.",
			[]string{"CA money 500 million CAD pledged"}},
		{"donor conference with elided verbs",
			"Donor conference, Geneva: Germany pledged EUR 120m, Switzerland CHF 50 million, and Sweden 300 million kronor.",
			[]string{"DE money 120 million EUR pledged", "CH money 50 million CHF pledged", "SE money 300 million SEK pledged"}},
		{"list format with bullets",
			"Pledges so far:\n- Norway: NOK 5 billion\n- Denmark: DKK 1.3bn\nCanada: $500 million – budget support\nSweden – SEK 1.2 bn for reconstruction\n",
			[]string{"NO money 5 billion NOK pledged", "DK money 1.3 billion DKK pledged", "CA money 500 million USD pledged", "SE money 1.2 billion SEK pledged"}},
		{"troop list, lower-case names, group line",
			"Poland: 2,500 troops – border security.\ncanada: 2,000 troops – medical support, training.\nsouth Korea: 200 troops – engineering.\nBaltic States (Estonia, Latvia, Lithuania): Combined 600 troops – patrols.",
			[]string{"PL troops 2500 troops pledged", "CA troops 2000 troops pledged", "KR troops 200 troops pledged", "group:Baltic States troops 600 troops pledged"}},
		{"peacekeeping deployment with a contingent",
			"Rwanda will deploy a contingent of 300 peacekeepers to the Central African Republic.",
			[]string{"RW troops 300 troops pledged"}},
		{"peacekeepers already deployed",
			"Bangladesh has deployed 1,200 peacekeepers with the UN mission in South Sudan.",
			[]string{"BD troops 1200 troops delivered"}},
		{"police mission led by a country (the lead is support beside the troops: support.lead-force)",
			"Kenya will lead the multinational security mission in Haiti with 1,000 police officers.",
			[]string{"KE support leadership of the multinational security mission pledged", "KE troops 1000 troops pledged"}},
		{"metonym and a bound",
			"The Pentagon announced a new $1 billion-plus package of weapons for Kyiv.",
			[]string{"US money 1 billion USD pledged"}},
		{"leader title rules out troops",
			"British Prime Minister Rishi Sunak ruled out sending British troops to Ukraine.",
			[]string{"GB troops troops declined"}},
		{"capital metonym declines",
			"Berlin will not send Taurus missiles, the chancellor said.",
			[]string{"DE equipment Taurus missiles declined"}},
		{"hedged with up to",
			"Poland may deploy up to 10,000 soldiers to the border.",
			[]string{"PL troops 10000 troops considering"}},
		{"coordinated actors share one amount: a group, as in the real-news gold",
			"France, Germany and Italy pledged a combined EUR 3 billion.",
			[]string{"group:France, Germany and Italy money 3 billion EUR pledged"}},
		{"coordinated actors share one amount: a group line",
			"France, Germany and Italy pledged a combined EUR 3 billion.",
			[]string{"group:France, Germany and Italy money 3 billion EUR pledged"}},
		{"coordinated actors with an amount each",
			"France and Italy pledged EUR 3 billion each.",
			[]string{"FR money 3 billion EUR pledged", "IT money 3 billion EUR pledged"}},
		{"considering equipment",
			"The U.S. is considering sending 20 F-16s to Ukraine.",
			[]string{"US equipment 20 × F-16s considering"}},
		{"introductory place is not the donor",
			"At the donor conference in Brussels, Saudi Arabia pledged US$500 million and Qatar pledged $100m.",
			[]string{"SA money 500 million USD pledged", "QA money 100 million USD pledged"}},
		{"money and equipment in one sentence",
			"The UK announced a £1.6bn deal for more than 5,000 air defence missiles.",
			[]string{"GB money 1.6 billion GBP pledged", "GB equipment 5000 × air defence missiles pledged"}},
		{"pronoun after a reporting verb",
			"The Netherlands said it would supply 18 F-16 fighter jets.",
			[]string{"NL equipment 18 × F-16 fighter jets pledged"}},
		{"signalled willingness",
			"Italy signalled willingness to send troops.",
			[]string{"IT troops troops considering"}},
		{"glued ISO code",
			"The White House approved USD34.6 million for demining.",
			[]string{"US money 34.6 million USD pledged"}},
		{"ministry announcement with written-out count",
			"Spain has sent six Leopard tanks, the ministry said.",
			[]string{"ES equipment 6 × Leopard tanks delivered"}},
		{"odd spacing and space-grouped thousands",
			"The  EU   pledged   €5 000 000  in  aid.",
			[]string{"EU money 5 million EUR pledged"}},
		{"refusal",
			"Finland refused to provide fighter jets.",
			[]string{"FI equipment fighter jets declined"}},
		{"no plans to",
			"Japan's foreign ministry said Tokyo had no plans to send troops.",
			[]string{"JP troops troops declined"}},
		{"ready to contribute a unit",
			"Ghana is ready to contribute a battalion to the force.",
			[]string{"GH troops troops considering"}},
		{"typo-ish lower case and decimal comma",
			"the netherlands pledged 2,5 billion euros to the fund.",
			[]string{"NL money 2.5 billion EUR pledged"}},
		{"written-out thousands and rounds",
			"Estonia pledged two thousand rifles and 250 000 rounds of ammunition .",
			[]string{"EE equipment 2000 × rifles pledged", "EE equipment 250000 × rounds of ammunition pledged"}},
		{"range",
			"Portugal  offered  between 100 and 200 soldiers for the mission.",
			[]string{"PT troops 200 troops considering"}}, // an offer of a number: considering, as in the real-news gold
		{"qualified amount, item after for is not committed",
			"Belgium approved about €1 billion for F-16s.",
			[]string{"BE money 1 billion EUR pledged"}},
		{"leader said the country could",
			"President Emmanuel Macron said France could send troops to Ukraine.",
			[]string{"FR troops troops considering"}},
		{"to date is delivered",
			"The EU has disbursed €12bn to date.",
			[]string{"EU money 12 billion EUR delivered"}},
		{"support kinds of one clause share a line (README: uncounted items of one clause)",
			"While President Trump's administration has promised air support and intelligence cooperation, it has resisted calls to commit ground troops.",
			[]string{"US support air support pledged", "US troops troops declined"}},
		{"compound equipment names and a bound",
			"Sweden will donate 10 CV90 infantry fighting vehicles and up to 50 Archer artillery systems, Defence Minister Pål Jonson told reporters.",
			[]string{"SE equipment 10 × CV90 infantry fighting vehicles pledged", "SE equipment 50 × Archer artillery systems pledged"}},
		{"plural pronoun across a relative clause",
			"France and the UK, which lead the coalition, said they would deploy troops after a ceasefire.",
			[]string{"FR troops troops pledged", "GB troops troops pledged"}},
		{"reported delivery by a capital",
			"In a statement, the German defence ministry said Berlin had delivered a further IRIS-T air defence system.",
			[]string{"DE equipment IRIS-T air defence system delivered"}},
		{"training foreign soldiers is not a deployment",
			// trainees are not troops; the training is support (heldout README)
			"Britain will train 10,000 Ukrainian soldiers.", []string{"GB support train 10,000 Ukrainian soldiers pledged"}},
		{"receiving is not pledging",
			"Ukraine has received 300 tanks from its allies so far.", nil},
		{"possessive owner and a commitment noun",
			"Germany's €1bn pledge was welcomed in Kyiv. Officials praised the EU's €50 billion aid package.",
			[]string{"DE money 1 billion EUR pledged", "EU money 50 billion EUR pledged"}},
		{"purpose of an amount is not a second commitment",
			"Japan pledged $1bn to help rebuild power plants.",
			[]string{"JP money 1 billion USD pledged"}},
		{"headline in capitals",
			"GERMANY PLEDGES €1BN IN NEW AID FOR UKRAINE",
			[]string{"DE money 1 billion EUR pledged"}},
		{"model suffix and a year",
			"Spain sent 10 Leopard 2A4 tanks in 2023.",
			[]string{"ES equipment 10 × Leopard 2A4 tanks delivered"}},
		{"joint financing with an amount",
			"Germany and the Netherlands will jointly finance a Patriot system for Ukraine worth €300m.",
			[]string{"DE equipment Patriot system pledged", "NL equipment Patriot system pledged", "group:Germany and the Netherlands money 300 million EUR pledged"}},
		{"peacekeepers in blue helmets",
			"Pakistan will deploy 800 blue helmets to the Democratic Republic of Congo.",
			[]string{"PK troops 800 troops pledged"}},
		{"unknown verb before the trigger",
			"In 2014, Russia annexed Crimea and sent 20,000 troops into the Donbas.",
			[]string{"RU troops 20000 troops delivered"}},
		{"a request is not a pledge",
			"Ukraine asked for 50 more Patriot systems, but Berlin declined.", nil},
		{"thanks are not pledges",
			"Zelensky thanked Germany for the 40 tanks.", nil},
		{"troops stationed abroad are delivered",
			"The U.S. has about 100,000 troops stationed in Europe.",
			[]string{"US troops 100000 troops delivered"}},
		{"an owner is not the committer of any noun",
			"Ukraine's allies pledged €2bn.",
			[]string{"group:allies money 2 billion EUR pledged"}},
		{"casualties are not pledges",
			"The Kremlin said 5,000 Ukrainian troops were killed last week.", nil},
		{"losses are not pledges",
			"Russia lost 300 tanks in the battle, according to the UK Ministry of Defence.", nil},
		{"a place is not an actor",
			"A summit in Paris brought together leaders from 30 countries.", nil},
		{"polls, prices, populations",
			"A poll showed 60% of Germans oppose sending tanks. Prices rose 5% in Poland last month. Poland, which borders Ukraine, has a population of 38 million.", nil},
		{"totals of the war",
			"The war has cost Ukraine more than $150 billion, the World Bank estimates.", nil},
		{"a number near an actor without a frame",
			"Germany, with 83 million people, is Europe's largest economy.", nil},
		{"cut-off sentence", "Germany will send 40", nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

func TestExtractFields(t *testing.T) {
	e := newTestExtractor(t)
	text := "Intro line.\nPoland may deploy up to 10,000 soldiers to Ukraine. Later text."
	cs := e.Extract(text)
	if len(cs) != 1 {
		t.Fatalf("got %d commitments, want 1: %v", len(cs), cs)
	}
	c := cs[0]
	want := "Poland may deploy up to 10,000 soldiers to Ukraine."
	if c.Evidence != want || text[c.Start:c.End] != want {
		t.Errorf("evidence = %q, want %q", c.Evidence, want)
	}
	if c.Qualifier != "up to" || c.Recipient != "UA" || c.Troops == nil || *c.Troops != 10000 {
		t.Errorf("qualifier %q recipient %q troops %v", c.Qualifier, c.Recipient, c.Troops)
	}
	if !slices.Contains(c.Rules, ruleActive) {
		t.Errorf("rules %v lack %s", c.Rules, ruleActive)
	}
}

// TestConfidence checks the hand-set confidence of the rules: since the
// confidence model, it is the "hand" feature of the line, not the
// reported confidence (see TestConfidenceModel).
func TestConfidence(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name     string
		text     string
		min, max float64
	}{
		{"explicit frame", "Germany pledged €500m to Ukraine.", 0.7, 1},
		{"list line", "Poland: 2,500 troops", 0.7, 1},
		{"passive with agent", "Long-range missiles were supplied by Norway.", 0.7, 1},
		{"pronoun from an earlier sentence", "Chancellor Merz met the press. He pledged €500m.", 0, 0.6},
		{"currency word that names several currencies", "Germany pledged 500 million kroner.", 0, 0.6},
		{"group", "26 allied countries pledged to deploy troops.", 0, 0.6},
		{"bare dollar from a non-US donor", "Canada pledged $500 million for reconstruction.", 0, 0.6},
		{"bare dollar from the US", "The Pentagon announced $300 million in new aid.", 0.7, 1},
		{"bare dollar in a text that names US dollars", "Japan pledged $1bn. All figures are in U.S. dollars.", 0.7, 1},
		{"bare dollar after an explicit USD amount", "Qatar pledged US$100m and Kuwait $50m.", 0.7, 1},
		{"bare dollar under a US dateline", "WASHINGTON (Reuters) - Japan pledged $1bn on Monday.", 0.7, 1},
		{"actor far from its verb",
			"Germany, which has long argued about how it should respond to the war and which many in the coalition criticised at length, pledged €500m.", 0, 0.6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, feats := e.ExtractWithFeatures(tt.text)
			if len(cs) == 0 {
				t.Fatalf("no commitment in %q", tt.text)
			}
			for i, c := range cs {
				c.Confidence = feats[i]["hand"]
				if c.Confidence < tt.min || c.Confidence >= tt.max && tt.max < 1 || c.Confidence > 1 {
					t.Errorf("%s: confidence %.2f, want in [%.2f, %.2f)", summary(c), c.Confidence, tt.min, tt.max)
				}
			}
		})
	}
}

// TestDevelopmentSet runs the seed corpus through Extract and scores it
// with internal/eval against the gold file: the quality targets of the
// extractor.
func TestDevelopmentSet(t *testing.T) {
	shared := filepath.Join("..", "..", "shared") // beside the repository
	rep := scoreDir(t, newTestExtractor(t), filepath.Join(shared, "corpus", "seeds"), filepath.Join(shared, "eval", "seeds.gold.jsonl"))
	status := float64(rep.StatusOK) / float64(max(1, rep.StatusN))
	t.Logf("F1 quantified=%.3f all=%.3f status=%.3f", rep.Quantified, rep.AllF1, status)
	if rep.Quantified < 0.95 || rep.AllF1 < 0.85 || status < 0.90 {
		var b strings.Builder
		rep.Format(&b, true)
		t.Errorf("below targets (quantified ≥ 0.95, all ≥ 0.85, status ≥ 0.90):\n%s", b.String())
	}
}

func ptr[T int64 | float64](p *T) any {
	if p == nil {
		return nil
	}
	return float64(*p)
}

func TestMentions(t *testing.T) {
	e := newTestExtractor(t)
	text := "On 4 September, French President Emmanuel Macron said 26 allied countries pledged up to €1.6bn and 5,000 troops."
	ms := e.Mentions(text)
	var got []string
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention text %q != text[%d:%d]", m.Text, m.Start, m.End)
		}
		got = append(got, m.Type+"="+m.Value)
	}
	for _, want := range []string{"number=4", "actor=FR", "group=group:26 allied countries", "money=1600000000 EUR", "troops=5000", "trigger=trigger"} {
		if !slices.Contains(got, want) {
			t.Errorf("mentions %q lack %q", got, want)
		}
	}
}

// TestConcurrentExtract runs one Extractor from many goroutines (run with
// -race): results must equal the sequential ones.
func TestConcurrentExtract(t *testing.T) {
	e := newTestExtractor(t)
	texts := []string{
		"Germany will send 40 Leopard 2 tanks and two Patriot batteries to Ukraine.",
		"Poland: 2,500 troops – border security.\ncanada: 2,000 troops",
		"The UK pledged £1.6 billion in missile exports plus earlier £2.2 billion in loans.",
		strings.Repeat("Norway pledged NOK 2 billion. ", 50),
	}
	want := make([][]news.Commitment, len(texts))
	for i, text := range texts {
		want[i] = e.Extract(text)
	}
	done := make(chan error)
	for g := 0; g < 8; g++ {
		go func() {
			for n := 0; n < 20; n++ {
				i := (g + n) % len(texts)
				got := e.Extract(texts[i])
				if !reflect.DeepEqual(got, want[i]) {
					done <- fmt.Errorf("text %d: concurrent result differs", i)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestResultsSurviveReuse guards the reuse of analysis buffers between
// calls: what one Extract returned must not change when later calls
// overwrite the buffers (no string of the output may alias them).
func TestResultsSurviveReuse(t *testing.T) {
	e := newTestExtractor(t)
	first := "Die Bundesregierung: Germany pledged €1.5 billion and 40 Leopard 2 tanks to Ukraine. Poland will send 2,500 troops."
	want := e.Extract(first)
	if len(want) == 0 {
		t.Fatal("no commitments in the first text")
	}
	// the spans are pointers: print what they point to
	show := func(cs []news.Commitment) string {
		var b strings.Builder
		for _, c := range cs {
			fmt.Fprintf(&b, "%+v", c)
			for _, p := range []*[2]int{c.ActorSpan, c.ValueSpan} {
				if p != nil {
					fmt.Fprintf(&b, " %v", *p)
				}
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	snapshot := show(want)
	for i := 0; i < 20; i++ {
		e.Extract(strings.Repeat("ÉTATS-UNIS: THE UNITED STATES WILL PROVIDE $300 MILLION IN AID. ", i+1))
	}
	if got := show(want); got != snapshot {
		t.Errorf("earlier results changed after later calls:\nbefore %s\nafter  %s", snapshot, got)
	}
}

// TestSpans checks the actor and value spans of a few frames: what the web
// UI highlights in the evidence.
func TestSpans(t *testing.T) {
	e := newTestExtractor(t)
	// want holds one "actor|value" per commitment, in order ("" for nil).
	tests := []extractCase{
		{"verb frame, troops",
			"Germany will send 2,500 troops to Lithuania.",
			[]string{"Germany|2,500 troops"}},
		{"list line",
			"Contributions so far:\nPoland: 2,500 troops\nCanada – $500 million",
			[]string{"Poland|2,500 troops", "Canada|$500 million"}},
		{"money with a symbol",
			"Britain pledged £1.6 billion for Ukraine on Monday.",
			[]string{"Britain|£1.6 billion"}},
		{"money with a code",
			"Japan announced USD34.6 million in humanitarian aid.",
			[]string{"Japan|USD34.6 million"}},
		{"money in words",
			"Italy will contribute 500 million euros to the fund.",
			[]string{"Italy|500 million euros"}},
		{"coordinated countries",
			"Belgium, Luxembourg and Austria each pledged €10 million.",
			[]string{"Belgium|€10 million", "Luxembourg|€10 million", "Austria|€10 million"}},
		{"equipment",
			"Sweden will supply 10 CV90 infantry fighting vehicles.",
			[]string{"Sweden|10 CV90 infantry fighting vehicles"}},
		{"pronoun in the same sentence",
			"The Netherlands said it would deliver 24 F-16 fighter jets.",
			[]string{"The Netherlands|24 F-16 fighter jets"}},
		{"pronoun for an earlier sentence",
			"Portugal has a long record in the mission.\nIt will send up to 200 troops next year.",
			[]string{"It|up to 200 troops"}},
		{"the Government for an earlier sentence",
			"Norway increases its support.\nThe Government will allocate NOK 400 million to Ukraine.",
			[]string{"The Government|NOK 400 million"}}, // (the generic support is the money)
		{"list line with coordinated countries",
			"Pledges:\nDenmark, Sweden and Finland — EUR 10 million each",
			[]string{"Denmark|EUR 10 million", "Sweden|EUR 10 million", "Finland|EUR 10 million"}},
		{"support has no value",
			"France will provide air support to the mission.",
			[]string{"France|"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string {
		at := func(p *[2]int) string {
			if p == nil {
				return ""
			}
			return text[p[0]:p[1]]
		}
		return at(c.ActorSpan) + "|" + at(c.ValueSpan)
	})
}
