package extractor

import "testing"

// TestEquipmentListsMore holds paraphrases of lists of goods: a colon
// after the link verb of a package, run-in items whose first item names
// what it serves, items of one list that share a head, gapped donors of
// goods after a dash or a colon; and near-misses (a recipient's list, a
// dash that opens an aside).
func TestEquipmentListsMore(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		// a colon after "includes"
		{"The United States announced a new package for Ukraine. The package includes: 20 tanks and artillery rounds.",
			[]string{"US equipment 20 pledged", "US equipment - pledged"}},
		{"Japan unveiled new aid for Nepal on Monday. The donation contains: 12 bulldozers, 8 graders and 4 excavators.",
			[]string{"JP equipment 12 pledged", "JP equipment 8 pledged", "JP equipment 4 pledged"}},
		{"Canada announced more help for Ukraine on Monday. The package comprises: drones; body armour; satellite terminals.",
			[]string{"CA equipment - pledged", "CA equipment - pledged", "CA equipment - pledged"}},
		{"Germany announced another tranche of aid. The tranche includes: ammunition for Gepard guns; IRIS-T launchers; trucks.",
			[]string{"DE equipment - pledged", "DE equipment - pledged", "DE equipment - pledged"}},
		// the first item names what it serves; one line per item
		{"The United States announced a new package for Ukraine. The package includes: munitions for Patriot systems; Stinger missiles; night vision devices.",
			[]string{"US equipment - pledged", "US equipment - pledged", "US equipment - pledged"}},
		{"Britain will send spare parts for the Challenger tanks; drones; and mine detectors.",
			[]string{"GB equipment - pledged", "GB equipment - pledged", "GB equipment - pledged"}},
		// two items of one list with one head stay two lines
		{"The United States announced a new package for Ukraine. The package includes: 155mm artillery rounds; 32 armoured personnel carriers; over 20 million rounds of small arms ammunition.",
			[]string{"US equipment - pledged", "US equipment 32 pledged", "US equipment 20000000 pledged"}},
		// gapped donors of goods
		{"Germany sent a hundred generators, Warsaw - heaters and medical kits, Vilnius - blankets.",
			[]string{"DE equipment 100 delivered", "PL equipment - delivered", "LT equipment - delivered"}},
		{"Norway will deliver 20 trucks, Sweden: ten ambulances, and Finland 30 generators.",
			[]string{"NO equipment 20 pledged", "SE equipment 10 pledged", "FI equipment 30 pledged"}},
		{"France has sent 50 generators, Italy – 30 transformers.",
			[]string{"FR equipment 50 delivered", "IT equipment 30 delivered"}},
		// examples of goods after the link verb
		{"Beijing announced emergency relief for Nepal. The aid package includes urgently needed supplies such as tents and blankets.",
			[]string{"CN equipment - pledged"}},
		{"The package from Japan contains supplies such as water filters, stoves and mattresses.",
			[]string{"JP equipment - pledged"}},
		{"The donation from Turkey comprised goods such as wheelchairs and hospital beds.",
			[]string{"TR equipment - pledged"}},
		// examples of uncounted goods are that goods' line; counted examples stay
		{"Japan will send relief supplies such as tents and blankets to Turkey.",
			[]string{"JP equipment - pledged"}},
		{"Canada has donated medical equipment, including ventilators and oxygen cylinders, to Nepal.",
			[]string{"CA equipment - delivered"}},
		{"Korea donated medical supplies, including 200 ventilators and 10,000 test kits, to Peru.",
			[]string{"KR equipment - delivered", "KR equipment 200 delivered", "KR equipment 10000 delivered"}},
		// near-misses
		{"The package from Japan covers sectors such as health and education.", nil},
		{"Ukraine has received the following: 12 tanks and 6 trucks.", nil},
		{"Moldova received the following: ten ambulances and 40 generators.", nil},
		{"Germany sent tanks to Ukraine, Russia - nothing.", []string{"DE equipment - delivered"}},
		{"Germany sent 20 tanks – a record – to Ukraine.", []string{"DE equipment 20 delivered"}},
		{"The army lacks the following: 12 bulldozers; 8 graders; fuel.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}
