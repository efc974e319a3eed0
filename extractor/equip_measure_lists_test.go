package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// Tables of the equipment rules for sizes written before the item ("two
// 44-metre vessels"), goods listed after a subject given by a named agent
// ("Equipment donated by X included …"), goods given under a donor's
// programme, an object relative after a short name in brackets, the
// uncounted item that closes a counted list, and the contents of a
// shipment told as handed over. Sentences are written for the tests.

// measureForms are sizes glued by a hyphen to a number before an item:
// they describe the item and are no count.
var measureForms = []string{"44-meter", "seven-metre", "20-foot", "7-tonne", "100-bed", "six-wheel", "12-meter class", "500-kilowatt"}

// measureItems are plural items a size may describe.
var measureItems = []string{"patrol vessels", "boats", "trucks", "tents", "generators", "containers of aid", "field hospitals", "cargo planes"}

// TestGeneratedMeasureModifiers runs count forms × sizes × items × frames
// of giving: the count before the size is the count ("two 44-meter patrol
// vessels" is 2, "four seven-metre boats" is 4, not 11).
func TestGeneratedMeasureModifiers(t *testing.T) {
	g := newGenTable(t)
	counts := []struct{ text, value string }{{"two", "2"}, {"four", "4"}, {"13", "13"}, {"twenty", "20"}}
	frames := []equipGenFrame{
		{"handed over", "{A} handed over {X} to the coast guard.", "delivered"},
		{"will donate", "{A} will donate {X} to the navy of Ghana.", "pledged"},
		{"passive by", "{X} were delivered to Vietnam by {A}.", "delivered"},
		{"is ready to", "{A} is ready to provide {X} to Sri Lanka.", "considering"},
	}
	donors := []struct{ name, code string }{{"Japan", "JP"}, {"Germany", "DE"}, {"Australia", "AU"}, {"South Korea", "KR"}}
	n := 0
	for _, m := range measureForms {
		for _, it := range measureItems {
			if it == "containers of aid" || it == "field hospitals" {
				continue // (not items of the lexicon: the size alone is checked below)
			}
			for _, f := range frames {
				c := counts[n%len(counts)]
				d := donors[n%len(donors)]
				n++
				x := c.text + " " + m + " " + it
				s := strings.NewReplacer("{A}", d.name, "{X}", x).Replace(f.tmpl)
				s = strings.ToUpper(s[:1]) + s[1:]
				want := fmt.Sprintf("%s equipment %s %s", d.code, c.value, f.status)
				g.expect(s, g.lines(s, giveRender), []string{want}, "size "+m, "item "+it, "frame "+f.name, "count "+c.text)
			}
		}
	}
	// two sized items in one list: one line each with its own count
	for i, m := range measureForms {
		c1, c2 := counts[i%len(counts)], counts[(i+1)%len(counts)]
		d := donors[i%len(donors)]
		s := fmt.Sprintf("%s handed over %s %s patrol vessels and %s %s boats to the coast guard.", d.name, c1.text, m, c2.text, m)
		want := []string{
			fmt.Sprintf("%s equipment %s delivered", d.code, c1.value),
			fmt.Sprintf("%s equipment %s delivered", d.code, c2.value),
		}
		g.expect(s, g.lines(s, giveRender), want, "size list "+m)
	}
	g.done("generated rows")
}

// TestMeasureModifierNearMiss holds numbers that are no sizes: number
// words still add up ("twenty-five"), a troop strength keeps its count,
// and a size alone gives no count.
func TestMeasureModifierNearMiss(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"Germany will send twenty-five tanks and two hundred and five trucks to Ukraine.", []string{"DE equipment 25 pledged", "DE equipment 205 pledged"}},
		{"Japan will provide a 97-meter patrol vessel to Vietnam.", []string{"JP equipment - pledged"}},
		{"Italy has sent forty-four ambulances to Turkey.", []string{"IT equipment 44 delivered"}},
		{"Britain will deploy a 1,000-strong battlegroup to Estonia.", []string{"GB troops 1000 pledged"}},
		{"The 44-meter vessel sank near the coast.", nil},
		{"Japan built four 90-meter patrol ships for its own coast guard.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}

// TestGeneratedGoodsByInclude runs goods heads × participles of giving ×
// donor forms × list forms: "Equipment donated by X included 20 trucks,
// two graders and 40 tents" gives one line per counted item to the agent.
func TestGeneratedGoodsByInclude(t *testing.T) {
	g := newGenTable(t)
	heads := []string{"Military equipment", "The supplies", "Aid", "The goods", "The items", "Relief items"}
	participles := []struct{ verb, status string }{{"donated", "delivered"}, {"sent", "delivered"}, {"provided", "delivered"}, {"delivered", "delivered"}, {"handed over", "delivered"}}
	links := []string{"included", "includes", "comprised", "contained"}
	donors := []struct{ text, code string }{{"Japan", "JP"}, {"the Chinese government", "CN"}, {"Turkey", "TR"}, {"the government of India", "IN"}, {"France", "FR"}}
	lists := []struct {
		text string
		n    int
	}{
		{"20 heavy-duty trucks, two graders, 10,000 sets of uniforms, and 40 military tents", 4},
		{"150 tents, 1,050 blankets and 250 hygiene kits", 3},
		{"300 generators as well as 40 transformers", 2},
		{"12 ambulances", 1},
	}
	n := 0
	for _, h := range heads {
		for _, p := range participles {
			for _, l := range lists {
				d := donors[n%len(donors)]
				link := links[n%len(links)]
				n++
				s := fmt.Sprintf("%s %s by %s %s %s.", h, p.verb, d.text, link, l.text)
				want := make([]string, l.n)
				got := g.lines(s, giveRender)
				for i := range want {
					want[i] = fmt.Sprintf("%s equipment", d.code)
				}
				for i := range got {
					if f := strings.Fields(got[i]); len(f) >= 2 {
						got[i] = f[0] + " " + f[1]
					}
				}
				g.expect(s, got, want, "head "+h, "verb "+p.verb, "link "+link, fmt.Sprintf("items %d", l.n))
			}
		}
	}
	g.done("generated rows")
}

// TestGoodsByIncludeNearMiss holds subjects that name no gift: goods
// captured, destroyed or bought by the country itself.
func TestGoodsByIncludeNearMiss(t *testing.T) {
	g := newGenTable(t)
	near := []string{
		"The weapons captured by Ukraine included 20 tanks and 12 howitzers.",
		"Tanks destroyed by Russia included 20 Leopards.",
		"Vehicles bought by the Polish army included 20 trucks and 12 tanks.",
		"Equipment lost by the army included 40 trucks.",
		"Equipment produced by Turkey includes 100 drones a year.",
	}
	for _, s := range near {
		g.expectNone(s, g.lines(s, giveRender))
	}
	g.done("near-miss rows")
}

// TestGivenUnderProgramme holds goods followed by a participle of giving
// and a programme owned by a country: the owner gives them.
func TestGivenUnderProgramme(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"The navy received the 13 high-speed boats provided under Japan's grant aid.", []string{"JP equipment 13 delivered"}},
		{"The hospital got 20 ambulances, supplied through a Chinese assistance programme.", []string{"CN equipment 20 delivered"}},
		{"The police took delivery of 40 patrol cars donated under the Japanese aid project.", []string{"JP equipment 40 delivered"}},
		{"The clinics will receive 300 beds and 20 generators financed from Germany's development funds.", []string{"DE equipment 20 delivered"}},
		{"The army received six helicopters delivered through the US military assistance programme.", []string{"US equipment 6 delivered"}},
		// near-misses: no owner before the programme, or goods of its own
		{"The police received 30 trucks provided under the agreement with Japan.", nil},
		{"The army used 20 trucks bought under its own procurement programme.", nil},
		{"The 40 tanks destroyed under heavy fire were Russian.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}

// TestEquipmentShipmentsAndLists holds relatives after a short name in brackets,
// the uncounted item that closes a long counted list, and the contents
// of a shipment told as handed over the sentence before.
func TestEquipmentShipmentsAndLists(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		// an object relative after a short name in brackets
		{"The coast guard will receive the ten Multi-Role Response Vessels (MRRVs) that Japan is providing.", []string{"JP equipment 10 pledged"}},
		{"Kyiv is waiting for the 14 main battle tanks (MBTs) which Britain promised in January.", []string{"GB equipment 14 pledged"}},
		{"The army uses the 20 armoured personnel carriers (APCs) that Russia captured.", nil},
		// the last uncounted item of a long counted list after one verb
		{"Since early 2022, Canada has committed many other military donations to Ukraine, including more than 200 commercial armoured vehicles, a National Advanced Surface-to-Air Missile System with munitions, 39 armoured support vehicles, and anti-tank weapons.",
			[]string{"CA equipment 200 pledged", "CA equipment - pledged", "CA equipment 39 pledged", "CA equipment - pledged"}},
		{"Over the past two years, Norway has delivered a great deal of military materiel to the armed forces of Ukraine, including 20 trucks, 14 self-propelled howitzers, and night-vision goggles.",
			[]string{"NO equipment 20 delivered", "NO equipment 14 delivered", "NO equipment - delivered"}},
		// (the uncounted items of the list share one line)
		{"Over the past two years, Norway has delivered a great deal of military materiel to the armed forces of Ukraine, including mortars, 20 trucks, 14 self-propelled howitzers, and night-vision goggles.",
			[]string{"NO equipment 20 delivered", "NO equipment 14 delivered", "NO equipment - delivered"}},
		// the contents of a shipment handed over
		{"The US delivered a ship full of military equipment to the army. The shipment includes 50 Humvees and 40 howitzers.",
			[]string{"US equipment 50 delivered", "US equipment 40 delivered"}},
		{"Japan donated 20 ambulances to Nepal. The donation also included 50 oxygen concentrators.",
			[]string{"JP equipment 20 delivered", "JP equipment 50 delivered"}},
		{"Italy sent relief goods to Turkey by air. The consignment contains 300 tents and 2,000 blankets.",
			[]string{"IT equipment - delivered", "IT equipment 300 delivered", "IT equipment 2000 delivered"}},
		// near-misses: an announced package stays pledged
		{"Norway announced a new aid package for Ukraine. The package includes 12 howitzers.", []string{"NO equipment 12 pledged"}},
		{"Japan will send 20 ambulances to Nepal. The shipment will include 50 oxygen concentrators.",
			[]string{"JP equipment 20 pledged", "JP equipment 50 pledged"}},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}

// TestGeneratedGoodsVocabMore runs more heads of donated goods and
// materiel (lexicon/equipment.yaml) through frames of giving, and a
// near-miss for each.
func TestGeneratedGoodsVocabMore(t *testing.T) {
	g := newGenTable(t)
	items := []string{"passenger cars", "airplanes", "choppers", "gunships", "hovercraft", "barges", "pontoon bridges",
		"chainsaws", "stretchers", "defibrillators", "patient monitors", "sonars", "smartphones", "walkie-talkies",
		"winter coats", "shoes", "quilts", "bicycles", "air conditioners", "fire extinguishers", "field kitchens", "water tanks", "shelter kits",
		"body bags", "PCR machines", "ICU beds", "vials", "cold boxes", "vaccine carriers", "handcuffs", "printers", "routers", "ready meals",
		"bags of rice", "pallets of medical supplies", "boxes of medicines", "sacks of flour", "cartons of baby food", "bottles of drinking water"}
	frames := []equipGenFrame{
		{"has donated", "{A} has donated 40 {N} to the people of Ukraine.", "delivered"},
		{"will send", "{A} will send 40 {N} to Moldova.", "pledged"},
		{"handed over", "{A} handed over 40 {N} to the army of Niger.", "delivered"},
	}
	near := []string{
		"{A} ordered 40 {N} for its own army.",
		"Russian forces destroyed 40 {N} near the front.",
		"The price of {N} in {A} rose by 40 percent.",
	}
	donors := []struct{ name, code string }{{"Japan", "JP"}, {"Canada", "CA"}, {"Turkey", "TR"}}
	n := 0
	for _, it := range items {
		f := frames[n%len(frames)]
		d := donors[n%len(donors)]
		s := strings.NewReplacer("{A}", d.name, "{N}", it).Replace(f.tmpl)
		g.expect(s, g.lines(s, giveRender), []string{d.code + " equipment 40 " + f.status}, "item "+it, "frame "+f.name)
		s = strings.NewReplacer("{A}", d.name, "{N}", it).Replace(near[n%len(near)])
		g.expectNone(s, g.lines(s, giveRender), "near item "+it)
		n++
	}
	g.done("generated rows")
}

// TestGoodsAmongAfterAndDeals holds goods listed before "were among the
// …", the contents of a sale deal approved before, goods that serve other
// items ("kits for 79 jets"), and goods after a waiver.
func TestGoodsAmongAfterAndDeals(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		// goods listed before "were among the …"
		{"Twenty trucks were among the items donated by Japan.", []string{"JP equipment 20 delivered"}},
		{"Twenty trucks are among the items pledged by Japan.", []string{"JP equipment 20 pledged"}},
		{"Tents, blankets and water pumps were among the relief goods from the Indian government.", []string{"IN equipment - delivered"}},
		{"Zimbabwe has received a large donation from China. Armoured vehicles, patrol boats, sniper rifles and pistols were among the equipment included in the package.",
			[]string{"CN equipment - delivered"}},
		{"Tanks and howitzers were among the targets hit by Russia.", nil},
		{"Russia said 20 tanks were among the equipment destroyed.", nil},
		{"Old rifles were among the weapons found in the warehouse.", nil},
		// the contents of a sale deal approved before (a price between)
		{"The US government has approved the $23bn (£18bn) sale of 40 new F-16 jets to Turkey. The deal includes modernization kits for 79 existing Turkish F-16s.",
			[]string{"US equipment 40 pledged", "US equipment - pledged"}},
		{"Washington cleared a possible sale of 12 helicopters to Chile. The deal also includes 20 engines.",
			[]string{"US equipment 12 pledged", "US equipment 20 pledged"}},
		{"Poland signed a deal to buy tanks. The deal includes 250 Abrams tanks.", nil},
		// goods that serve other items
		{"Germany will send ammunition for 40 howitzers and 20 trucks.", []string{"DE equipment - pledged", "DE equipment 20 pledged"}},
		{"Britain will supply spare parts for more than 30 helicopters.", []string{"GB equipment - pledged"}},
		{"Britain will supply 30 helicopters for the navy.", []string{"GB equipment 30 pledged"}},
		// what a donation comes with
		{"Japan donated 10 ambulances to Nepal. The donation comes with spare parts for the vehicles.",
			[]string{"JP equipment 10 delivered", "JP equipment - delivered"}},
		{"The AU force received 19 combat vehicles from the US. The donation came with 40 radios.",
			[]string{"US equipment 19 delivered", "US equipment 40 delivered"}},
		{"The new tank comes with a powerful gun.", nil},
		// the contents of a package in a later sentence
		{"Norway announced a new aid package for Ukraine. The list also includes 20 trucks.", []string{"NO equipment 20 pledged"}},
		{"Norway announced a new aid package for Ukraine. It will also contain 20 trucks and 300 tents.", []string{"NO equipment 20 pledged", "NO equipment 300 pledged"}},
		{"Russia published a list of targets. The list includes 20 tanks.", nil},
		// recipients that benefit from the supply, and fighters by the thousand
		{"Tanzania and Uganda joined a long list of developing countries to benefit from the supply of the life-saving doses.", nil},
		{"Russia deployed 300,000 fighters to the front.", nil},
		{"Poland will send 48 fighters to Ukraine.", []string{"PL equipment 48 pledged"}},
		// doses (or boxes) of described goods are one line
		{"India has already gifted about 5 million doses of domestically-produced COVID-19 vaccines to its neighbours.", []string{"IN equipment 5000000 delivered"}},
		{"India will gift 500,000 doses of made in India vaccines to Sri Lanka.", []string{"IN equipment 500000 pledged"}},
		{"Japan will deliver 40 boxes of medicines and surgical masks to Laos.", []string{"JP equipment 40 pledged", "JP equipment - pledged"}},
		// uncounted items of one list share a line across plain nouns the
		// lexicon does not know
		{"They said the US also donated hundreds of night vision goggles, uniforms, equipment, medical supplies, facilities and ammunition.",
			[]string{"US equipment - delivered"}},
		{"Japan sent tents, blankets, kitchenware, generators and medicines to Turkey.", []string{"JP equipment - delivered"}},
		// (a list before a passive: the verb reads its last item)
		{"The previously announced recovery vehicle, ancillary equipment, and ammunition donated by Canada are expected to arrive soon.",
			[]string{"CA equipment - pledged"}}, // (one line; goods expected to arrive are pledged, even after "donated by")
		// pieces and containers of goods named after a determiner
		{"The Americans will provide Ukraine with another 20 examples of such vehicles soon.", []string{"US equipment 20 pledged"}},
		{"Japan will send 300 boxes of the new masks to Laos.", []string{"JP equipment 300 pledged"}},
		// the number of goods held or given in total
		{"Washington delivered three helicopters in March, raising to 10 the number of such aircraft in the fleet.", []string{"US equipment 3 delivered"}},
		{"The number of tanks sent by Poland has risen sharply.", nil},
		{"Poland has transferred a large number of armoured vehicles to Ukraine.", []string{"PL equipment - delivered"}},
		// goods after a waiver or a licence
		{"The United States granted waivers for emergency food, medicine and fuel.", nil},
		{"Germany issued export licences for 40 tanks.", nil},
		{"Germany donated medicine and fuel to Ukraine.", []string{"DE equipment - delivered"}},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}
