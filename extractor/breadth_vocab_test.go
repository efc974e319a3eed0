package extractor

import (
	"strings"
	"testing"
)

// breadthEquipItems are item nouns of lexicon/breadth.yaml by class,
// nouns whose head no other lexicon lists: materiel by name and class
// and donated goods.
var breadthEquipItems = []equipGenItem{
	{"artillery", "M119s"}, {"artillery", "AS90s"}, {"artillery", "RM-70s"}, {"artillery", "Paladins"},
	{"artillery", "GLSDB"}, {"airdef", "Tomahawks"}, {"airdef", "Mistrals"}, {"airdef", "Pioruns"},
	{"airdef", "Martlets"}, {"airdef", "JASSMs"}, {"airdef", "counter-UAS systems"}, {"airdef", "drone detection systems"},
	{"air", "quadcopters"}, {"air", "Black Hornets"}, {"air", "Alpha Jets"}, {"air", "L-39s"}, {"air", "Mi-2s"},
	{"vehicle", "Dingos"}, {"vehicle", "Boxers"}, {"vehicle", "Mastiffs"}, {"vehicle", "JLTVs"}, {"vehicle", "M-ATVs"},
	{"vehicle", "MT-LBs"}, {"vehicle", "Pandurs"}, {"vehicle", "Unimogs"}, {"vehicle", "ATVs"}, {"vehicle", "FV432s"},
	{"machinery", "mine-clearing machines"}, {"naval", "mine hunters"}, {"naval", "minehunting ships"}, {"naval", "icebreakers"},
	{"naval", "OPVs"}, {"arms", "machine guns"}, {"arms", "assault rifles"}, {"arms", "sniper rifles"}, {"arms", "pistols"},
	{"arms", "grenade launchers"}, {"gear", "night-vision goggles"}, {"gear", "rucksacks"}, {"gear", "dosimeters"},
	{"gear", "bandages"}, {"comms", "radios"}, {"comms", "laptops"}, {"comms", "Starlinks"}, {"comms", "counter-battery radars"},
	{"medical", "stethoscopes"}, {"medical", "autoclaves"}, {"medical", "anaesthesia machines"}, {"medical", "crutches"},
	{"medical", "pulse oximeters"}, {"medical", "water purifiers"}, {"power", "heat pumps"}, {"power", "LED lamps"},
	{"power", "flashlights"}, {"power", "charging stations"}, {"food", "canned goods"}, {"food", "food boxes"},
	{"shelter", "sleeping mats"}, {"shelter", "camp beds"}, {"shelter", "housing units"}, {"shelter", "Bailey bridges"},
	{"goods", "essential goods"}, {"goods", "aid items"}, {"goods", "weapon systems"},
	{"vehicle", "Challenger IIs"},
}

// TestBreadthEquipmentVocab runs the breadth nouns × count forms ×
// frames of giving × donor forms of the vocabulary table
// (equip_vocab_test.go): each sentence gives one equipment line.
func TestBreadthEquipmentVocab(t *testing.T) {
	runEquipVocab(t, breadthEquipItems, "breadth rows")
}

// TestBreadthEquipmentNearMiss runs the breadth nouns through
// near-misses: goods a country buys or makes for itself, prices, enemy
// materiel destroyed or captured, stocks, losses and goods the
// recipient asks for give no line.
func TestBreadthEquipmentNearMiss(t *testing.T) {
	runEquipVocabNearMiss(t, breadthEquipItems, []string{
		"{A} ordered 40 {N} for its own army.",
		"{A} has bought 40 {N} for its police.",
		"{A} produces 100 {N} a month at home.",
		"Each of the {N} costs $4 million.",
		"Russian forces destroyed 40 {N} near the front.",
		"Ukrainian troops captured 40 Russian {N}.",
		"{A} has 40 {N} in storage.",
		"{A} lost 40 {N} in the floods.",
		"The price of {N} rose by 40 percent.",
		"Ukraine asked {A} for 40 {N}.",
		"Moldova wants to buy 40 {N} from {A}.",
	}, "breadth near-miss rows")
}

// breadthHelps are help nouns of lexicon/breadth.yaml: training,
// intelligence, repair, transport, escort, medical and civil help.
var breadthHelps = []vocabHelp{
	{"mil", "training assistance", false},
	{"mil", "crew training", false},
	{"mil", "an advisory mission", true},
	{"mil", "airspace surveillance", false},
	{"mil", "border protection", false},
	{"mil", "mine countermeasures", false},
	{"mil", "unexploded ordnance clearance", false},
	{"mil", "medevac flights", true},
	{"mil", "airspace monitoring", false},
	{"mil", "data sharing", false},
	{"mil", "ISR support", false},
	{"mil", "repair and maintenance", false},
	{"mil", "repair of damaged equipment", false},
	{"mil", "cyber protection", false},
	{"mil", "escort of ships", false},
	{"mil", "protection of merchant shipping", false},
	{"mil", "air refuelling", false},
	{"mil", "heavy airlift", false},
	{"civ", "disaster relief operations", false},
	{"civ", "rescue operations", false},
	{"civ", "debris removal", false},
	{"civ", "health care services", false},
	{"civ", "hospital treatment", false},
	{"civ", "rehabilitation of wounded soldiers", false},
	{"civ", "restoration of infrastructure", false},
	{"civ", "trauma counselling", false},
	{"civ", "weather forecasts", false},
	{"mil", "counter-terrorism assistance", false},
	{"civ", "water trucking", false},
	{"civ", "aerial firefighting", false},
	{"civ", "legal aid", false},
	{"civ", "emergency help", false},
	{"civ", "further help", false},
	{"civ", "relief assistance", false},
	{"civ", "co-financing", false},
	{"civ", "medical treatment", false},
	{"civ", "treatment of wounded soldiers", false},
	{"mil", "cybersecurity help", false},
}

// TestBreadthSupportVocab runs the breadth help nouns × the phrasings of
// giving of the support vocabulary table × donor forms: one support line
// of the donor with the phrasing's status.
func TestBreadthSupportVocab(t *testing.T) {
	g := newGenTable(t)
	for _, d := range vocabDonors {
		for _, h := range breadthHelps {
			forms := vocabGivings
			if h.send {
				forms = append(forms[:len(forms):len(forms)], vocabSendings...)
			}
			for _, f := range forms {
				text := cap1(strings.NewReplacer("{A}", d.form, "{X}", h.noun).Replace(f.tmpl))
				g.expect(text, g.lines(text, missionRender), []string{d.code + " support " + f.status},
					"help:"+h.noun, "form:"+f.label, "donor:"+d.label, "class:"+h.class)
			}
		}
	}
	g.done("breadth support rows")
}

// TestBreadthSupportNearMiss holds help nouns that are no help given to
// another: the country's own needs and work at home, a request by the
// recipient, a report of a third party's help, history.
func TestBreadthSupportNearMiss(t *testing.T) {
	g := newGenTable(t)
	for _, text := range []string{
		"Moldova asked Norway for crew training.",
		"Norway needs heavy airlift for its own army.",
		"Moldova has requested debris removal and rescue operations.",
		"The Norwegian health care services are under strain.",
		"Norway's disaster relief agency was reorganised last year.",
		"Ministers discussed data sharing at the meeting in Oslo.",
		"Norway improved the cyber protection of its own ministries.",
		"Weather forecasts predict snow in Moldova.",
		"Repair and maintenance of the bridge in Oslo will cost more.",
		"Norway's border protection was tightened after the attack.",
		"Rescue operations were suspended in Moldova because of the storm.",
		"Norway has a long tradition of trauma counselling.",
		"Moldova asked Norway for emergency help.",
		"The new Norwegian plant still needs co-financing from the state budget.",
		"Norway's disaster relief budget was cut last year.",
		"Moldova thanked Norway for its help.",
		"Norwegian soldiers received medical treatment in Oslo.",
	} {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("breadth support near-miss rows")
}

// TestBreadthHelpVerbs holds a verb of help right after "help" in its
// forms ("helping rebuild", "helped train"): the helper gives support;
// near-misses help no one or help itself.
func TestBreadthHelpVerbs(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"France helped rebuild schools in Moldova last year.", []string{"FR support delivered"}},
		{"Sweden is helping train Moldovan pilots.", []string{"SE support pledged"}},
		{"Japan will help modernise the Moldovan coast guard.", []string{"JP support pledged"}},
		{"Norway helped defend Moldovan airspace last winter.", []string{"NO support delivered"}},
		{"Spain has helped repair the Moldovan power grid.", []string{"ES support delivered"}},
		{"Austria is helping rehabilitate wounded Moldovan soldiers.", []string{"AT support pledged"}},
		{"France will help to rebuild schools in Moldova.", []string{"FR support pledged"}},
		{"Japan will help to restore the Moldovan power grid.", []string{"JP support pledged"}},
		// near-misses
		{"The rain helped restore calm in Oslo.", nil},
		{"The rain will help to restore calm in Oslo.", nil},
		{"Moldova wants Japan to help to restore its power grid.", nil},
		{"Moldova asked France to help rebuild its schools.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, missionRender), tc.want)
	}
	g.done("help verb rows")
}
