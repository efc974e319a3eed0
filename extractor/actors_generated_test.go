package extractor

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// genActor is one donor country of the generated actor table: its code and
// the forms news uses for it. Empty forms are skipped.
type genActor struct {
	code, name, demonym, capital string
	extra                        []string // seats, ministries, agencies, forces, parliaments
}

// genActors lists donors across regions with their common forms.
var genActors = []genActor{
	{"US", "The United States", "American", "Washington", []string{"The U.S.", "America", "The White House", "The Pentagon", "USAID", "Congress", "The US Embassy", "The U.S. president", "The State Department"}},
	{"GB", "Britain", "British", "London", []string{"The UK", "The United Kingdom", "Downing Street", "Whitehall", "The British Foreign Office", "The FCDO", "UK aid", "The Royal Navy", "The RAF", "The British prime minister", "The UK Ministry of Defence"}},
	{"DE", "Germany", "German", "Berlin", []string{"The Bundeswehr", "The Bundestag", "KfW", "GIZ", "The German chancellor", "The German Defence Ministry", "The German embassy in Nairobi"}},
	{"FR", "France", "French", "Paris", []string{"The Élysée", "AFD", "The President of France", "The French Foreign Ministry"}},
	{"JP", "Japan", "Japanese", "Tokyo", []string{"JICA", "JBIC", "The Japanese parliament", "The JSDF", "Japan's Ministry of Foreign Affairs", "The Japanese embassy in Nairobi", "The Japanese prime minister"}},
	{"CN", "China", "Chinese", "Beijing", []string{"CIDCA", "China Aid", "The PLA", "The Export-Import Bank of China"}},
	{"IN", "India", "Indian", "New Delhi", []string{"The Indian Navy", "The Indian Army", "The Exim Bank of India"}},
	{"KR", "South Korea", "South Korean", "Seoul", []string{"KOICA", "The Export-Import Bank of Korea"}},
	{"SA", "Saudi Arabia", "Saudi", "Riyadh", []string{"The Saudi Fund for Development", "KSrelief"}},
	{"AE", "The United Arab Emirates", "Emirati", "Abu Dhabi", []string{"The UAE", "The Abu Dhabi Fund for Development"}},
	{"QA", "Qatar", "Qatari", "Doha", []string{"The Qatar Fund for Development"}},
	{"KW", "Kuwait", "Kuwaiti", "", []string{"The Kuwait Fund"}},
	{"TR", "Turkey", "Turkish", "Ankara", []string{"Türkiye", "TIKA"}},
	{"CA", "Canada", "Canadian", "Ottawa", []string{"Global Affairs Canada", "The Canadian Armed Forces"}},
	{"AU", "Australia", "Australian", "Canberra", []string{"DFAT", "The ADF"}},
	{"NO", "Norway", "Norwegian", "Oslo", []string{"Norad", "The Storting"}},
	{"SE", "Sweden", "Swedish", "Stockholm", []string{"Sida", "The Riksdag"}},
	{"DK", "Denmark", "Danish", "Copenhagen", []string{"Danida"}},
	{"NL", "The Netherlands", "Dutch", "The Hague", nil},
	{"PL", "Poland", "Polish", "Warsaw", []string{"The Sejm"}},
	{"IT", "Italy", "Italian", "Rome", nil},
	{"ES", "Spain", "Spanish", "Madrid", nil},
	{"CH", "Switzerland", "Swiss", "Bern", []string{"The SDC"}},
	{"BR", "Brazil", "Brazilian", "Brasília", nil},
	{"ZA", "South Africa", "South African", "Pretoria", nil},
	{"NG", "Nigeria", "Nigerian", "Abuja", nil},
	{"KE", "Kenya", "Kenyan", "Nairobi", nil},
	{"RW", "Rwanda", "Rwandan", "Kigali", nil},
	{"EG", "Egypt", "Egyptian", "Cairo", nil},
	{"ID", "Indonesia", "Indonesian", "Jakarta", nil},
	{"MY", "Malaysia", "Malaysian", "Kuala Lumpur", nil},
	{"PK", "Pakistan", "Pakistani", "Islamabad", nil},
	{"BD", "Bangladesh", "Bangladeshi", "Dhaka", nil},
	{"NZ", "New Zealand", "New Zealand", "Wellington", nil},
	{"IE", "Ireland", "Irish", "Dublin", []string{"Irish Aid"}},
	{"AT", "Austria", "Austrian", "Vienna", nil},
	{"BE", "Belgium", "Belgian", "", nil},
	{"FI", "Finland", "Finnish", "Helsinki", nil},
	{"CZ", "The Czech Republic", "Czech", "Prague", []string{"Czechia"}},
	{"RO", "Romania", "Romanian", "Bucharest", nil},
	{"GR", "Greece", "Greek", "Athens", nil},
	{"PT", "Portugal", "Portuguese", "Lisbon", nil},
	{"UA", "Ukraine", "Ukrainian", "Kyiv", nil},
}

// genSentences are commitment sentences with the actor slot first; the
// recipient is never the donor (Moldova is not in genActors). The bare
// "the Ministry of Defence" is left out of the forms: many countries have
// one, and news names other countries' with it after their name; so is
// the bare "the Foreign Office" (Pakistan's and India's are called so).
var genSentences = []struct{ kind, text string }{
	{"money", "%s pledged $50 million in aid to Moldova."},
	{"equipment", "%s will send 20 armoured vehicles to Moldova."},
	{"troops", "%s will deploy 300 troops to the peacekeeping mission in Moldova."},
	{"support", "%s will provide training to Moldovan soldiers."},
	{"equipment", "Moldova will receive 20 armoured vehicles from %s."},
	{"money", "$50 million in aid to Moldova was pledged by %s on Monday."},
	{"equipment", "%s, a longtime partner, has sent 20 armoured vehicles to Moldova."},
	{"money", "\"We will give $50 million to Moldova,\" %s said."},
	{"troops", "%s to send 300 troops to Moldova"},
	{"money", "%s announced a $50 million aid package for Moldova."},
	{"equipment", "%s has donated 20 ambulances to Moldova."},
	{"money", "%s pledges $50m for Moldova flood relief"},
	{"support", "%s will share intelligence with Moldova."},
}

// genDemonymSentences carry the country only as a demonym before the
// goods or troops; %s is the demonym.
var genDemonymSentences = []struct{ kind, text string }{
	{"troops", "300 %s troops will be deployed to Moldova."},
	{"troops", "Some 300 %s soldiers arrived in Moldova on Monday."},
	{"money", "Moldova will receive $50 million in %s aid."},
	// "20 German armoured vehicles" is left out: a demonym before goods
	// names their maker as often as their giver.
}

// genForms expands an actor into its forms, each with a form label.
func genForms(g genActor) [][2]string {
	var fs [][2]string
	add := func(label, form string) {
		if form != "" {
			fs = append(fs, [2]string{label, form})
		}
	}
	add("name", g.name)
	if g.demonym != "" {
		add("demonym government", "The "+g.demonym+" government")
		add("demonym officials", g.demonym+" officials")
		add("demonym defence ministry", "The "+g.demonym+" defence ministry")
	}
	if !strings.HasPrefix(g.name, "The ") {
		add("possessive government", g.name+"'s government")
		add("possessive foreign ministry", g.name+"'s foreign ministry")
	}
	if !strings.HasPrefix(g.name, "The ") {
		add("possessive leader", g.name+"'s prime minister")
	}
	if !strings.HasPrefix(g.name, "The ") {
		add("possessive aid agency", g.name+"'s development agency")
		add("possessive armed forces", g.name+"'s armed forces")
	}
	// "the Netherlands' government" is left out: a bare apostrophe after
	// an s is read as a closing quote, not a possessive (isPossessive)
	add("prime minister of", "The Prime Minister of "+strings.Replace(g.name, "The ", "the ", 1))
	if g.capital != "" && g.capital != "The Hague" {
		add("officials in capital", "Officials in "+g.capital)
	}
	if g.demonym != "" {
		add("demonym aid agency", "The "+g.demonym+" aid agency")
		add("demonym navy", "The "+g.demonym+" navy")
		add("demonym titled name", g.demonym+" President Alex Morgan")
		add("demonym army", "The "+g.demonym+" army")
	}
	add("government of", "The government of "+strings.Replace(g.name, "The ", "the ", 1))
	if g.demonym != "" {
		add("demonym president", "The "+g.demonym+" president")
		add("demonym prime minister", "The "+g.demonym+" prime minister")
		add("demonym foreign minister", g.demonym+" Foreign Minister")
		add("demonym embassy", "The "+g.demonym+" embassy")
		add("demonym ambassador", "The "+g.demonym+" ambassador")
	}
	add("capital", g.capital)
	for _, x := range g.extra {
		add("extra", x)
	}
	return fs
}

// TestGeneratedActorForms checks, over a cartesian product of donors ×
// actor forms × commitment sentences, that the line of each sentence gets
// the donor's code. Sentences are written for the test.
func TestGeneratedActorForms(t *testing.T) {
	e := newTestExtractor(t)
	fails := map[string]int{}
	total, failed := 0, 0
	for _, g := range genActors {
		for _, f := range genForms(g) {
			for _, s := range genSentences {
				if g.code == "UA" {
					continue
				}
				form := f[1]
				if !strings.HasPrefix(s.text, "%s") && form != "The Hague" {
					form = strings.Replace(form, "The ", "the ", 1)
					form = strings.Replace(form, "Officials ", "officials ", 1)
				}
				text := fmt.Sprintf(s.text, form)
				total++
				cs := e.Extract(text)
				ok := len(cs) == 1 && cs[0].Actor == g.code && string(cs[0].Kind) == s.kind
				if !ok {
					failed++
					fails[f[0]+"/"+s.kind]++
					var got []string
					for _, c := range cs {
						got = append(got, summary(c))
					}
					t.Errorf("%s %q: got %q", g.code, text, got)
				}
			}
		}
	}
	for _, g := range genActors {
		// "New Zealand aid" is left out: a country name before aid is aid
		// to that country ("€500 million in Kenya aid")
		if g.code == "UA" || g.demonym == "" || g.demonym == g.name {
			continue
		}
		for _, s := range genDemonymSentences {
			text := fmt.Sprintf(s.text, g.demonym)
			total++
			cs := e.Extract(text)
			if len(cs) != 1 || cs[0].Actor != g.code || string(cs[0].Kind) != s.kind {
				failed++
				fails["demonym only/"+s.kind]++
				var got []string
				for _, c := range cs {
					got = append(got, summary(c))
				}
				t.Errorf("%s %q: got %q", g.code, text, got)
			}
		}
	}
	var keys []string
	for k := range fails {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, fails[k])
	}
	t.Logf("generated actor rows: %d, failed %d: %s", total, failed, b.String())
}

// genNearMisses are sentences where the actor form is not the giver: a
// recipient, a place, a maker, a company or a person. %[1]s is the country
// name, %[2]s its demonym, %[3]s its capital; no line may carry its code.
var genNearMisses = []string{
	"Moldova will send 20 armoured vehicles to the %[2]s army.",
	"Moldova pledged $50 million for the %[2]s police.",
	"Moldova pledged $50 million in aid at a conference in %[3]s.",
	"Moldova will send 20 %[2]s-built armoured vehicles to Lebanon.",
	"A %[2]s carmaker pledged $50 million to Moldova.",
	"A %[2]s tourist donated $5,000 to a hospital in Moldova.",
	"Moldova will provide training to %[2]s soldiers.",
	"Moldova will deploy 300 troops alongside %[2]s forces.",
	"%[2]s Airways will donate 20 ambulances to Moldova.",
	"Moldova will buy 20 %[2]s-made armoured vehicles.",
	"The %[2]s president thanked Moldova for sending 20 ambulances.",
	"Moldova pledged $50 million to %[1]s.",
	"Moldova's ambassador to %[1]s said it will send 20 ambulances.",
	"A %[3]s-based charity pledged $50,000 to Moldova.",
	"A former %[2]s diplomat said Moldova would send 20 ambulances to Lebanon.",
	"Moldova will send 20 ambulances, %[2]s media reported.",
	"Moldova pledged $50 million to the %[2]s-led mission.",
	"Moldova gave $50 million to the %[2]s aid agency.",
	"The %[2]s development agency received $50 million from Moldova.",
	"Moldova will receive 20 ambulances from the embassy in %[3]s.",
}

// TestGeneratedActorNearMisses checks that the forms of genActors as
// recipient, place, maker, company or person give no line of that country.
func TestGeneratedActorNearMisses(t *testing.T) {
	e := newTestExtractor(t)
	total, failed := 0, 0
	for _, g := range genActors {
		if g.code == "UA" || g.demonym == "" || g.capital == "" {
			continue
		}
		name := strings.Replace(g.name, "The ", "the ", 1)
		for _, nm := range genNearMisses {
			text := fmt.Sprintf(nm, name, g.demonym, g.capital)
			total++
			for _, c := range e.Extract(text) {
				if c.Actor == g.code {
					failed++
					t.Errorf("%s %q: got %q", g.code, text, summary(c))
					break
				}
			}
		}
	}
	t.Logf("generated near-miss rows: %d, failed %d", total, failed)
}

// TestGeneratedNotCountries checks that international bodies give no
// country line, and the EU and NATO their own.
func TestGeneratedNotCountries(t *testing.T) {
	e := newTestExtractor(t)
	bodies := map[string]string{
		"The World Bank": "", "The IMF": "", "The International Monetary Fund": "", "The UN": "",
		"The United Nations": "", "The Asian Development Bank": "", "The ADB": "", "The African Development Bank": "",
		"The EU": "EU", "The European Union": "EU", "The European Commission": "EU", "Brussels": "EU",
		"NATO": "NATO", "The alliance": "NATO",
	}
	for body, want := range bodies {
		for _, s := range genSentences {
			if !strings.HasPrefix(s.text, "%s") {
				continue
			}
			text := fmt.Sprintf(s.text, body)
			for _, c := range e.Extract(text) {
				group := strings.HasPrefix(c.Actor, "group:")
				if !group && c.Actor != want || group && want != "" {
					t.Errorf("%q: got %q, want actor %q or no scored line", text, summary(c), want)
				}
			}
		}
	}
}

// TestActorInstitutions holds the institutions named after their owner
// and the titles joined by "of" to a country: whose line it is, and the
// near-misses where a bare name of an office is some other country's.
func TestActorInstitutions(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a possessive congress is its owner's", "Peru's Congress approved $50 million in aid to Moldova.",
			[]string{"PE money 50 million USD pledged"}},
		{"a demonym congress is its owner's", "The Chilean Congress approved $50 million in aid to Moldova.",
			[]string{"CL money 50 million USD pledged"}},
		{"a bare congress is the U.S. one", "Congress approved $50 million in aid to Moldova.",
			[]string{"US money 50 million USD pledged"}},
		{"a possessive foreign office", "Canada's Foreign Office will send 20 armoured vehicles to Moldova.",
			[]string{"CA equipment 20 × armoured vehicles pledged"}},
		{"the British foreign office", "The British Foreign Office will send 20 armoured vehicles to Moldova.",
			[]string{"GB equipment 20 × armoured vehicles pledged"}},
		{"the German federal foreign office", "The German Federal Foreign Office will send 20 armoured vehicles to Moldova.",
			[]string{"DE equipment 20 × armoured vehicles pledged"}},
		{"an export-import bank", "The Export-Import Bank of Korea will lend $50 million to Moldova.",
			[]string{"KR money 50 million USD pledged"}},
		{"the government of, after by", "$50 million in aid to Moldova was pledged by the government of Norway.",
			[]string{"NO money 50 million USD pledged"}},
		{"the government of the, after from", "Moldova will receive 20 armoured vehicles from the government of the Netherlands.",
			[]string{"NL equipment 20 × armoured vehicles pledged"}},
		{"the president of, after from", "Moldova will receive 20 armoured vehicles from the President of Finland.",
			[]string{"FI equipment 20 × armoured vehicles pledged"}},
		{"an embassy in a capital is the sender's", "The Japanese embassy in Nairobi will donate 20 ambulances to Kenya.",
			[]string{"JP equipment 20 × ambulances pledged"}},
		{"a high commission in a capital", "The British High Commission in Accra announced £2 million for flood relief in Ghana.",
			[]string{"GB money 2 million GBP pledged"}},
		{"an amount in a country's aid", "Moldova will receive $2 billion in US aid.",
			[]string{"US money 2 billion USD pledged"}},
		{"an amount in demonym funding", "Moldova has received €20 million in German humanitarian funding.",
			[]string{"DE money 20 million EUR delivered"}},
		// near-misses
		{"a debt in a country's loans", "Moldova owes $50 million in Chinese loans.",
			nil},
		{"repaid loans", "Moldova repaid $50 million in Japanese loans last year.",
			nil},
		{"an ambassador in a capital reports another giver", "The German ambassador in Kyiv said Poland will send 20 tanks.",
			[]string{"PL equipment 20 × tanks pledged"}},
		{"a bare foreign office is not British", "Foreign Office spokesman Ali Khan said the country would not send troops abroad.",
			nil},
		{"a party congress is no actor", "The African National Congress said Kenya will send 20 armoured vehicles to Moldova.",
			[]string{"KE equipment 20 × armoured vehicles pledged"}},
		{"the government of a recipient", "Moldova will send 20 armoured vehicles to the government of Kenya.",
			[]string{"MD equipment 20 × armoured vehicles pledged"}},
		{"a title of a recipient after from", "Moldova received a letter from the President of Kenya.",
			nil},
		{"officials in a capital after from", "Moldova will receive 20 armoured vehicles from officials in Oslo.",
			[]string{"NO equipment 20 × armoured vehicles pledged"}},
		{"officials in a capital report", "\"We will give $50 million to Moldova,\" officials in Lisbon said.",
			[]string{"PT money 50 million USD pledged"}},
		{"an embassy in a capital after from is not the capital's", "Moldova will receive 20 armoured vehicles from the embassy in Oslo.",
			nil},
		{"a development agency of a demonym", "The Danish development agency will fund a $5 million water project in Moldova.",
			[]string{"DK money 5 million USD pledged"}},
		{"the World Bank is no country", "The World Bank will lend $50 million to Moldova.",
			[]string{"group:World Bank money 50 million USD pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
