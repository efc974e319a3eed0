package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Generated tables of a country's ships and aircraft sent to a mission:
// named vessels by navy prefix, and model names in the plural with a
// demonym or a country as owner. Sentences are written for the tests.

// assetNavy is a navy: its ship prefix, country code, country name and
// demonym.
type assetNavy struct{ prefix, code, country, demonym string }

var (
	assetNavies = []assetNavy{
		{"HMS", "GB", "Britain", "British"}, {"HMCS", "CA", "Canada", "Canadian"},
		{"HMAS", "AU", "Australia", "Australian"}, {"HMNZS", "NZ", "New Zealand", "New Zealand"},
		{"HNLMS", "NL", "the Netherlands", "Dutch"}, {"FGS", "DE", "Germany", "German"},
		{"ITS", "IT", "Italy", "Italian"}, {"ESPS", "ES", "Spain", "Spanish"},
		{"NRP", "PT", "Portugal", "Portuguese"}, {"HDMS", "DK", "Denmark", "Danish"},
		{"HNoMS", "NO", "Norway", "Norwegian"}, {"HSwMS", "SE", "Sweden", "Swedish"},
		{"USS", "US", "the United States", "American"}, {"USNS", "US", "the United States", "American"},
		{"FS", "FR", "France", "French"}, {"BNS", "BE", "Belgium", "Belgian"},
		{"ORP", "PL", "Poland", "Polish"}, {"ENS", "EE", "Estonia", "Estonian"},
		{"LVNS", "LV", "Latvia", "Latvian"}, {"TCG", "TR", "Turkey", "Turkish"},
		{"HS", "GR", "Greece", "Greek"}, {"INS", "IN", "India", "Indian"},
		{"JS", "JP", "Japan", "Japanese"}, {"ROKS", "KR", "South Korea", "South Korean"},
	}
	// invented ship names, one and two words
	assetShipNames = []string{"Vigilant", "Sea Falcon", "Meteor", "Northern Light", "Albatross", "Karel Brandt"}
	// vessel forms: {P} prefix, {S} ship name, {D} demonym, {C} country
	assetVesselForms = []struct{ name, tmpl string }{
		{"alone", "{P} {S}"},
		{"frigate", "the frigate {P} {S}"},
		{"destroyer", "the destroyer {P} {S}"},
		{"minehunter", "the minehunter {P} {S}"},
		{"corvette", "the corvette {P} {S}"},
		{"demonym frigate", "the {D} frigate {P} {S}"},
		{"bracket country", "the frigate {S} ({B})"},
		{"prefix and bracket", "{P} {S} ({B})"},
	}
	// vessel frames: {C} country, {V} vessel
	assetVesselFrames = []struct{ name, tmpl, status string }{
		{"has sent", "{C} has sent {V} to the NATO mission in the Baltic.", "delivered"},
		{"deployed", "{C} deployed {V} to the EU naval mission in the Red Sea.", "delivered"},
		{"will send", "{C} will send {V} to the NATO mission.", "pledged"},
		{"will join", "{V} will join the NATO mission in the Baltic.", "pledged"},
		{"has joined", "{V} has joined the EU naval mission.", "delivered"},
		{"arrived", "{V} arrived in the Red Sea on Monday to join the EU mission.", "delivered"},
		{"includes", "The task group includes {V}.", "delivered"},
		{"consists of", "The naval mission consists of {V}.", "delivered"},
		{"is considering", "{C} is considering sending {V} to the mission.", "considering"},
		{"will not send", "{C} will not send {V} to the naval mission.", "declined"},
		{"headline sends", "{C} sends {V} to Red Sea mission", "delivered"},
		{"headline to join", "{V} to join NATO mission in the Baltic", "pledged"},
		{"will contribute", "{C} will contribute {V} to the EU naval mission.", "pledged"},
		{"relative", "{C} said {V} will join the NATO mission next month.", "pledged"},
		{"contributes", "{C} contributes {V} to the EU naval mission.", "pledged"},
		{"is deployed", "{V} is deployed in the Red Sea as part of the EU mission.", "delivered"},
		{"passive by", "{V} was sent to the NATO mission by {C}.", "delivered"},
		{"has been assigned", "{V} has been assigned to the NATO mission in the Baltic.", "delivered"},
	}
)

// TestGeneratedNamedVessels runs navies × vessel forms × frames (ship
// name and form rotate over the rows); want one equipment line of the
// navy's country.
func TestGeneratedNamedVessels(t *testing.T) {
	g := newGenTable(t)
	n := 0
	for _, nv := range assetNavies {
		for _, f := range assetVesselFrames {
			form := assetVesselForms[n%len(assetVesselForms)]
			name := assetShipNames[n%len(assetShipNames)]
			n++
			v := strings.NewReplacer("{P}", nv.prefix, "{S}", name, "{D}", nv.demonym,
				"{B}", strings.TrimPrefix(nv.country, "the ")).Replace(form.tmpl)
			s := strings.NewReplacer("{C}", nv.country, "{V}", v).Replace(f.tmpl)
			s = strings.ToUpper(s[:1]) + s[1:]
			want := fmt.Sprintf("%s equipment - %s", nv.code, f.status)
			g.expect(s, g.lines(s, giveRender), []string{want}, "prefix "+nv.prefix, "form "+form.name, "frame "+f.name)
		}
	}
	g.done("generated rows")
}

// TestGeneratedVesselLists holds lists of named vessels of several navies
// after a verb of make-up or joining: one line per vessel, each of its
// navy's country.
func TestGeneratedVesselLists(t *testing.T) {
	g := newGenTable(t)
	tmpls := []string{
		"The task group includes {A}, {B} and {C}.",
		"The mission consists of {A}, {B} and {C}.",
		"The standing naval group comprises {A}, {B} and {C}.",
		"The EU naval mission includes {A}, {B} and the {D} frigate {C}.",
		"The EU naval mission includes the frigates {A*}, {B*} and {C*}.",
	}
	n := 0
	for i := 0; i+2 < len(assetNavies); i++ {
		x, y, z := assetNavies[i], assetNavies[i+1], assetNavies[i+2]
		if x.code == y.code || y.code == z.code || x.code == z.code {
			continue
		}
		tmpl := tmpls[n%len(tmpls)]
		n++
		bracket := func(nv assetNavy, k int) string {
			return assetShipNames[k%len(assetShipNames)] + " (" + strings.TrimPrefix(nv.country, "the ") + ")"
		}
		s := strings.NewReplacer("{A*}", bracket(x, i), "{B*}", bracket(y, i+1), "{C*}", bracket(z, i+2),
			"{A}", x.prefix+" "+assetShipNames[i%len(assetShipNames)],
			"{B}", y.prefix+" "+assetShipNames[(i+1)%len(assetShipNames)],
			"{C}", z.prefix+" "+assetShipNames[(i+2)%len(assetShipNames)], "{D}", z.demonym).Replace(tmpl)
		want := []string{x.code + " equipment - delivered", y.code + " equipment - delivered", z.code + " equipment - delivered"}
		g.expect(s, g.lines(s, giveRender), want)
	}
	g.done("list rows")
}

// TestGeneratedVesselApposition holds named vessels in apposition to a
// counted item: the names restate the count, one line.
func TestGeneratedVesselApposition(t *testing.T) {
	g := newGenTable(t)
	tmpls := []struct{ tmpl, status string }{
		{"{C} has sent two frigates, {P} {S1} and {P} {S2}, to the NATO mission.", "delivered"},
		{"{C} will deploy two minehunters, {P} {S1} and {P} {S2}, to the NATO mission.", "pledged"},
		{"Two {D} frigates, {P} {S1} and {P} {S2}, joined the NATO mission.", "delivered"},
		{"{C} sent two warships, {P} {S1} and {P} {S2}, to the EU mission in the Red Sea.", "delivered"},
	}
	for i, nv := range assetNavies {
		tc := tmpls[i%len(tmpls)]
		s := strings.NewReplacer("{C}", nv.country, "{D}", nv.demonym, "{P}", nv.prefix,
			"{S1}", assetShipNames[i%len(assetShipNames)], "{S2}", assetShipNames[(i+1)%len(assetShipNames)]).Replace(tc.tmpl)
		s = strings.ToUpper(s[:1]) + s[1:]
		want := nv.code + " equipment 2 " + tc.status
		g.expect(s, g.lines(s, giveRender), []string{want})
	}
	g.done("apposition rows")
}

// TestGeneratedVesselNearMiss holds a named vessel in an action, a port
// visit, its own history, attacks on it and an enemy's or recipient's
// own navy: no line.
func TestGeneratedVesselNearMiss(t *testing.T) {
	g := newGenTable(t)
	near := []string{
		"{V} shot down three drones over the Red Sea.",
		"{V} was attacked by drones on Tuesday.",
		"{V} was hit by a missile but suffered no damage.",
		"{V} visited the port of Haifa last week.",
		"{V} was commissioned in 1998.",
		"{V} was seized by pirates off the coast.",
		"Rebels claimed to have struck {V} with a missile.",
		"{V} sank after a fire in the engine room.",
		"{V} returned to its home port after six months at sea.",
		"{V} will be decommissioned next year.",
	}
	for i, nv := range assetNavies {
		for j, tmpl := range near {
			if (i+j)%3 != 0 {
				continue // a third of the product
			}
			v := nv.prefix + " " + assetShipNames[(i+j)%len(assetShipNames)]
			s := strings.ReplaceAll(tmpl, "{V}", v)
			g.expectNone(s, g.lines(s, giveRender))
		}
	}
	fixed := []string{
		"The Russian frigate sailed into the Mediterranean.",
		"Russian warships entered the Black Sea on Monday.",
		"The aircraft carrier USS Vigilant arrived in Manila on Tuesday for a five-day port call.",
		"The frigate HMS Meteor arrived in Oslo for a goodwill visit.",
		"HMS, the prefix of British warships, stands for His Majesty's Ship.",
		"The ITS Conference opened in Vienna.",
		"The task force, which includes the frigate FGS Meteor, is led by Italy.",
		"Rebels fired missiles at USS Meteor and HMS Albatross on Tuesday.",
		"The Pentagon said USS Meteor intercepted four drones launched from Yemen.",
		"FGS Meteor returned to its home port after the mission ended.",
	}
	for _, s := range fixed {
		var got []string
		for _, c := range g.e.Extract(s) {
			if c.Kind == news.KindSupport {
				continue // leading a task force is support, not a ship
			}
			got = append(got, giveRender(c))
		}
		g.expectNone(s, got)
	}
	g.done("near-miss rows")
}

// assetModels are aircraft and ships by model name, in the plural.
var assetModels = []string{
	"Gripens", "Eurofighters", "Eurofighter Typhoons", "Typhoons", "Rafales", "F-35s", "F-16s", "F/A-18s",
	"Mirage 2000s", "Tornados", "Tornado jets", "P-8 Poseidons", "P-8s", "P-3 Orions", "CP-140 Auroras",
	"AWACS aircraft", "E-3 Sentries", "C-130s", "C-130 Hercules", "A400Ms", "Chinooks", "Black Hawks",
	"NH90s", "Seahawks", "Merlin helicopters", "Lynx helicopters", "F-15s", "maritime patrol aircraft",
}

// assetOwners are owners of the models: country, code, demonym.
var assetOwners = []struct{ country, code, demonym string }{
	{"Hungary", "HU", "Hungarian"}, {"the Netherlands", "NL", "Dutch"}, {"Germany", "DE", "German"},
	{"Spain", "ES", "Spanish"}, {"Denmark", "DK", "Danish"}, {"Norway", "NO", "Norwegian"},
	{"Italy", "IT", "Italian"}, {"Canada", "CA", "Canadian"}, {"France", "FR", "French"},
	{"Belgium", "BE", "Belgian"}, {"Portugal", "PT", "Portuguese"}, {"Sweden", "SE", "Swedish"},
}

// assetModelFrames: {N} count word, {D} demonym, {C} country, {M} model.
var assetModelFrames = []struct{ name, tmpl, status string }{
	{"will be deployed", "{N} {D} {M} will be deployed in Lithuania.", "pledged"},
	{"have arrived", "{N} {D} {M} have arrived in Estonia for the NATO air policing mission.", "delivered"},
	{"are deployed", "{N} {D} {M} are deployed in Romania as part of the NATO mission.", "delivered"},
	{"will join", "{N} {D} {M} will join the NATO mission in Poland.", "pledged"},
	{"considering", "{C} is considering sending {N} {M} to the NATO mission in Poland.", "considering"},
	{"will deploy", "{C} will deploy {N} {M} to Iceland for the NATO air policing mission.", "pledged"},
	{"headline", "{C} to send {N} {M} to NATO mission in Lithuania", "pledged"},
	{"passive by", "{N} {M} will be sent to Lithuania by {C}.", "pledged"},
	{"has sent", "{C} has sent {N} {M} to the NATO mission in the Baltic.", "delivered"},
	{"will not send", "{C} will not send {N} {M} to the NATO mission.", "declined"},
	// (no "took over the mission" row: taking over a mission is a role,
	// a support line of frame.mission-handover, not the presence of goods)
	{"headline to", "{N} {D} {M} to be deployed to NATO mission in Romania", "pledged"},
}

// TestGeneratedAssetModelPairs holds two owners' models coordinated
// before one verb of presence: one line each.
func TestGeneratedAssetModelPairs(t *testing.T) {
	g := newGenTable(t)
	tmpls := []struct{ tmpl, status string }{
		{"Four {D1} {M} and two {D2} {M} will be deployed in Lithuania.", "pledged"},
		{"Four {D1} {M} and two {D2} {M} have arrived in Estonia for the NATO mission.", "delivered"},
		{"Four {D1} {M}, two {D2} {M} and three Czech Gripens are deployed in Poland for the NATO mission.", "delivered"},
	}
	for i, m := range assetModels {
		tc := tmpls[i%len(tmpls)]
		o1, o2 := assetOwners[i%len(assetOwners)], assetOwners[(i+1)%len(assetOwners)]
		s := strings.NewReplacer("{D1}", o1.demonym, "{D2}", o2.demonym, "{M}", m).Replace(tc.tmpl)
		want := []string{o1.code + " equipment 4 " + tc.status, o2.code + " equipment 2 " + tc.status}
		if strings.Contains(tc.tmpl, "Czech") {
			want = append(want, "CZ equipment 3 "+tc.status)
		}
		g.expect(s, g.lines(s, giveRender), want)
	}
	g.done("pair rows")
}

// TestGeneratedAssetModels runs models × frames (owner and count rotate):
// want one equipment line of the owner with the count.
func TestGeneratedAssetModels(t *testing.T) {
	g := newGenTable(t)
	counts := []struct {
		word string
		n    int
	}{{"four", 4}, {"two", 2}, {"six", 6}, {"eight", 8}, {"three", 3}}
	n := 0
	for _, m := range assetModels {
		for _, f := range assetModelFrames {
			o := assetOwners[n%len(assetOwners)]
			c := counts[n%len(counts)]
			n++
			s := strings.NewReplacer("{N}", c.word, "{D}", o.demonym, "{C}", o.country, "{M}", m).Replace(f.tmpl)
			s = strings.ToUpper(s[:1]) + s[1:]
			want := fmt.Sprintf("%s equipment %d %s", o.code, c.n, f.status)
			g.expect(s, g.lines(s, giveRender), []string{want}, "model "+m, "frame "+f.name)
		}
	}
	g.done("generated rows")
}

// TestGeneratedAssetModelNearMiss holds purchases, orders, prices, own
// fleets and enemies' aircraft by model name: no line.
func TestGeneratedAssetModelNearMiss(t *testing.T) {
	g := newGenTable(t)
	near := []string{
		"{C} ordered 32 {M} for its air force.",
		"{C} will buy 20 {M} to replace its ageing fleet.",
		"{C} paid $4 billion for 24 {M}.",
		"{C} operates 40 {M}.",
		"Two {D} {M} crashed during a training flight at home.",
		"{C} lost two {M} in an accident.",
		"Russian {M} violated the airspace of the Baltic states.",
		"Each of the {M} costs $80 million.",
	}
	for i, m := range assetModels {
		tmpl := near[i%len(near)]
		o := assetOwners[i%len(assetOwners)]
		s := strings.NewReplacer("{C}", o.country, "{D}", o.demonym, "{M}", m).Replace(tmpl)
		s = strings.ToUpper(s[:1]) + s[1:]
		g.expectNone(s, g.lines(s, giveRender))
	}
	g.done("near-miss rows")
}
