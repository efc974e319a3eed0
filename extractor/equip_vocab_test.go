package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// equipVocabItems are item nouns (plural) of lexicon/equipment.yaml by
// class: materiel and donated goods the conventions count as equipment.
var equipVocabItems = []equipGenItem{
	{"artillery", "self-propelled howitzers"}, {"artillery", "artillery pieces"}, {"artillery", "multiple rocket launchers"},
	{"artillery", "mortar bombs"}, {"artillery", "cartridges"}, {"artillery", "projectiles"},
	{"airdef", "surface-to-air missiles"}, {"airdef", "MANPADS"}, {"airdef", "anti-drone systems"},
	{"airdef", "counter-battery radars"}, {"airdef", "jammers"}, {"airdef", "radar stations"},
	{"drone", "unmanned aerial vehicles"}, {"drone", "FPV drones"}, {"drone", "naval drones"},
	{"vehicle", "combat vehicles"}, {"vehicle", "armoured cars"}, {"vehicle", "lorries"}, {"vehicle", "dump trucks"},
	{"vehicle", "police cars"}, {"vehicle", "T-90s"}, {"vehicle", "BTR-80s"},
	{"machinery", "bulldozers"}, {"machinery", "excavators"}, {"machinery", "graders"}, {"machinery", "road rollers"},
	{"machinery", "backhoe loaders"}, {"machinery", "cranes"}, {"machinery", "forklifts"}, {"machinery", "tractors"},
	{"naval", "patrol ships"}, {"naval", "patrol craft"}, {"naval", "landing craft"}, {"naval", "speedboats"},
	{"air", "attack helicopters"}, {"air", "transport planes"}, {"air", "UH-60s"}, {"air", "bombers"},
	{"arms", "firearms"}, {"arms", "carbines"}, {"arms", "Kalashnikovs"}, {"arms", "shotguns"},
	{"gear", "thermal imagers"}, {"gear", "binoculars"}, {"gear", "plate carriers"}, {"gear", "first aid kits"},
	{"gear", "tourniquets"}, {"gear", "heaters"}, {"gear", "stoves"}, {"gear", "mattresses"},
	{"comms", "satellite phones"}, {"comms", "satellite terminals"}, {"comms", "tactical radios"}, {"comms", "metal detectors"},
	{"power", "power generators"}, {"power", "power transformers"}, {"power", "boilers"}, {"power", "solar lamps"},
	{"medical", "oxygen cylinders"}, {"medical", "wheelchairs"}, {"medical", "antibiotics"}, {"medical", "incubators"},
	{"medical", "mobile clinics"}, {"medical", "refrigerators"},
	{"food", "food rations"}, {"food", "high-energy biscuits"}, {"food", "seeds"},
	{"shelter", "prefabricated houses"}, {"shelter", "mosquito nets"}, {"shelter", "jerrycans"},
	{"school", "school kits"}, {"transport", "locomotives"}, {"transport", "fire engines"}, {"transport", "snowplows"},
	{"parts", "replacement parts"}, {"gear", "winter jackets"}, {"arms", "S-400s"}, {"air", "A400Ms"},
}

// equipVocabCounts are the count forms of the vocabulary table: {N} is
// the item noun.
var equipVocabCounts = []equipGenCount{
	{"none", "{N}", "-"},
	{"digits", "40 {N}", "40"},
	{"words", "forty {N}", "40"},
	{"dozens", "dozens of {N}", "-"},
}

// equipVocabFrames are the frames of giving of the vocabulary table, each
// with its donor form ({A} a country, {C} its capital or government)
// and status.
var equipVocabFrames = []equipGenFrame{
	{"has donated", "{A} has donated {X} to Ukraine.", "delivered"},
	{"will send", "{C} will send {X} to Moldova.", "pledged"},
	{"handed over", "{A} handed over {X} to the army of Niger.", "delivered"},
	{"pledged", "{C} pledged {X} for Ukraine.", "pledged"},
	{"may provide", "{A} may provide {X} to Jordan.", "considering"},
	{"passive by", "{X} were delivered to Ukraine by {A}.", "delivered"},
	{"headline", "{A} to send {X} to Ukraine", "pledged"},
	{"package includes", "{C} announced a new aid package for Ukraine that includes {X}.", "pledged"},
}

// equipVocabDonors are country and capital (or government) forms of one
// donor.
var equipVocabDonors = []struct{ country, other, code string }{
	{"Germany", "Berlin", "DE"}, {"Japan", "Tokyo", "JP"}, {"Canada", "Ottawa", "CA"}, {"Turkey", "Ankara", "TR"},
	{"South Korea", "Seoul", "KR"}, {"China", "Beijing", "CN"}, {"India", "New Delhi", "IN"},
	{"Norway", "The Norwegian government", "NO"}, {"Poland", "Warsaw", "PL"}, {"Australia", "Canberra", "AU"},
}

// TestGeneratedEquipmentVocab runs item nouns × count forms × frames of
// giving × donor forms (the count and donor rotate over the rows) and
// reports failures per dimension value.
func TestGeneratedEquipmentVocab(t *testing.T) {
	runEquipVocab(t, equipVocabItems, "generated rows")
}

// runEquipVocab runs items × the frames of giving of the vocabulary
// table, the count form and the donor rotating over the rows: each
// sentence gives one equipment line of the donor.
func runEquipVocab(t *testing.T, items []equipGenItem, label string) {
	g := newGenTable(t)
	n := 0
	for _, it := range items {
		for _, f := range equipVocabFrames {
			c := equipVocabCounts[n%len(equipVocabCounts)]
			d := equipVocabDonors[n%len(equipVocabDonors)]
			n++
			x := strings.ReplaceAll(c.tmpl, "{N}", it.noun)
			s := strings.NewReplacer("{A}", d.country, "{C}", d.other, "{X}", x).Replace(f.tmpl)
			s = strings.ToUpper(s[:1]) + s[1:]
			want := fmt.Sprintf("%s equipment %s %s", d.code, c.value, f.status)
			g.expect(s, g.lines(s, giveRender), []string{want}, "class "+it.class, "item "+it.noun, "count "+c.name, "frame "+f.name)
		}
	}
	g.done(label)
}

// TestGeneratedEquipmentVocabNearMiss runs the vocabulary through
// near-misses: an army's own purchases, production at home, prices,
// enemy materiel destroyed or captured, stock figures and losses give no
// line.
func TestGeneratedEquipmentVocabNearMiss(t *testing.T) {
	runEquipVocabNearMiss(t, equipVocabItems, []string{
		"{A} ordered 40 {N} for its own army.",
		"{A} has bought 40 {N} for its police.",
		"{A} produces 100 {N} a month at home.",
		"Each of the {N} costs $4 million.",
		"Russian forces destroyed 40 {N} near the front.",
		"Ukrainian troops captured 40 Russian {N}.",
		"{A} has 40 {N} in storage.",
		"{A} lost 40 {N} in the floods.",
		"The price of {N} rose by 40 percent.",
	}, "near-miss rows")
}

// runEquipVocabNearMiss runs items through the near-miss templates
// ({A} a donor, {N} the item; template and donor rotate over the rows):
// none gives a line.
func runEquipVocabNearMiss(t *testing.T, items []equipGenItem, near []string, label string) {
	g := newGenTable(t)
	n := 0
	for _, it := range items {
		tmpl := near[n%len(near)]
		d := equipVocabDonors[n%len(equipVocabDonors)]
		n++
		s := strings.NewReplacer("{A}", d.country, "{N}", it.noun).Replace(tmpl)
		g.expectNone(s, g.lines(s, giveRender), "near "+tmpl)
	}
	g.done(label)
}

// TestEquipmentTroopModifier holds materiel named with a troop noun
// before it ("infantry trucks", "police vehicles"): the goods are
// equipment; near-misses keep troops that are troops.
func TestEquipmentTroopModifier(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"China donated six infantry trucks to the army.", []string{"CN equipment 6 delivered"}},
		{"Japan will give 40 police vehicles to Kenya.", []string{"JP equipment 40 pledged"}},
		{"Turkey has donated police vehicles to Somalia.", []string{"TR equipment - delivered"}},
		{"Korea handed over 49 sedans and 81 vans to the police.", []string{"KR equipment 49 delivered", "KR equipment 81 delivered"}},
		{"India will supply twelve infantry fighting vehicles to Armenia.", []string{"IN equipment 12 pledged"}},
		// near-misses: troops stay troops
		{"Germany will send 300 infantry to Lithuania.", []string{"DE troops 300 pledged"}},
		{"France sent 200 police officers and 20 vehicles to Haiti.", []string{"FR troops 200 delivered", "FR equipment 20 delivered"}},
		{"The police vehicles were damaged in the riots.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}

// TestEquipmentAwaited holds goods a recipient waits for from a country
// ("is waiting for IRIS-T systems from Germany"): the country will give
// them; near-misses wait for no goods or for no giver.
func TestEquipmentAwaited(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"Ukraine is waiting for IRIS-T systems from Germany.", []string{"DE equipment - pledged"}},
		{"Kyiv is still awaiting the promised tanks from Poland.", []string{"PL equipment - pledged"}},
		{"Moldova expects new ambulances from Romania next month.", []string{"RO equipment - pledged"}},
		{"Ukraine was expecting another batch of F-16s from the Netherlands.", []string{"NL equipment - pledged"}},
		{"Kyiv is awaiting 40 howitzers from Germany.", []string{"DE equipment 40 pledged"}},
		// near-misses
		{"Ukraine is waiting for a decision from Germany.", nil},
		{"Ukraine is waiting for tanks.", nil},
		{"The soldiers waited for orders from Berlin.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}
