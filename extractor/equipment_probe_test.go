package extractor

import (
	"fmt"
	"slices"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// probeRow is one self-written sentence of the equipment probe battery and
// the equipment lines it should give, each "ACTOR COUNT STATUS" with "-"
// for no count, in any order. gap marks a row the rules do not meet yet:
// it is logged, not failed, so the battery keeps measuring the gap.
type probeRow struct {
	text string
	want []string
	gap  bool
}

// probeRender renders an equipment line as "ACTOR COUNT STATUS".
func probeRender(c news.Commitment) string {
	n := "-"
	if c.Count != nil {
		n = fmt.Sprint(*c.Count)
	}
	return fmt.Sprintf("%s %s %s", c.Actor, n, c.Status)
}

// runProbe runs rows and compares the equipment lines of each, in any
// order, with its want; a failing row fails the test unless it is a gap.
func runProbe(t *testing.T, rows []probeRow) {
	t.Helper()
	e := newTestExtractor(t)
	pass, gaps := 0, 0
	for _, r := range rows {
		var got []string
		for _, c := range e.Extract(r.text) {
			if c.Kind == news.KindEquipment {
				got = append(got, probeRender(c))
			}
		}
		want := slices.Clone(r.want)
		slices.Sort(got)
		slices.Sort(want)
		switch {
		case slices.Equal(got, want):
			pass++
		case r.gap:
			gaps++
			t.Logf("known gap: %q\n got  %q\n want %q", r.text, got, want)
		default:
			t.Errorf("%q\n got  %q\n want %q", r.text, got, want)
		}
	}
	t.Logf("%d of %d rows pass, %d known gaps", pass, len(rows), gaps)
}

// TestEquipmentProbeVocabulary holds one item of each kind of materiel and
// donated goods under verbs of giving, counted and not, in every tense.
func TestEquipmentProbeVocabulary(t *testing.T) {
	runProbe(t, []probeRow{
		// weapons by type
		{text: "Germany will send 14 self-propelled howitzers to Ukraine.", want: []string{"DE 14 pledged"}},
		{text: "Norway has delivered 22 towed howitzers to Kyiv.", want: []string{"NO 22 delivered"}},
		{text: "Poland sent 60 main battle tanks to Ukraine last year.", want: []string{"PL 60 delivered"}},
		{text: "Canada will donate 39 armoured personnel carriers to Ukraine.", want: []string{"CA 39 pledged"}},
		{text: "The Netherlands is to supply 18 infantry fighting vehicles.", want: []string{"NL 18 pledged"}},
		{text: "Denmark pledged 19 fighter jets to Ukraine.", want: []string{"DK 19 pledged"}},
		{text: "Spain will provide six air defence systems to Kyiv.", want: []string{"ES 6 pledged"}},
		{text: "Italy has handed over two surface-to-air missile batteries.", want: []string{"IT 2 delivered"}},
		{text: "Sweden will send anti-tank weapons to Ukraine.", want: []string{"SE - pledged"}},
		{text: "Estonia donated mortars and grenade launchers to Ukraine.", want: []string{"EE - delivered"}},
		{text: "Finland sent assault rifles and machine guns to Kyiv.", want: []string{"FI - delivered"}},
		{text: "Latvia will provide sniper rifles to the Ukrainian army.", want: []string{"LV - pledged"}},
		{text: "Lithuania delivered heavy machine guns to Ukraine.", want: []string{"LT - delivered"}},
		{text: "Portugal will send three coastal defence vessels to Mozambique.", want: []string{"PT 3 pledged"}},
		{text: "Greece pledged anti-ship missiles to Ukraine.", want: []string{"GR - pledged"}},
		{text: "The United States will provide long-range missiles to Kyiv.", want: []string{"US - pledged"}},
		{text: "Britain has supplied cruise missiles to Ukraine.", want: []string{"GB - delivered"}},
		{text: "France will deliver 12 truck-mounted artillery guns to Armenia.", want: []string{"FR 12 pledged"}},
		{text: "Slovakia donated 13 MiG-29 fighter jets to Ukraine.", want: []string{"SK 13 delivered"}},
		{text: "The Czech Republic has sent 20 multiple rocket launchers.", want: []string{"CZ 20 delivered"}},
		// model names: letters and digits
		{text: "The United States will send 18 M777 howitzers to Ukraine.", want: []string{"US 18 pledged"}},
		{text: "Germany delivered a fourth IRIS-T SLM system to Ukraine.", want: []string{"DE - delivered"}},
		{text: "Sweden will donate 50 CV90 vehicles to Kyiv.", want: []string{"SE 50 pledged"}},
		{text: "Belgium will supply 30 F-16 jets to Ukraine by 2028.", want: []string{"BE 30 pledged"}},
		{text: "Norway pledged two NASAMS batteries to Ukraine.", want: []string{"NO 2 pledged"}},
		{text: "Britain will provide 14 Challenger 2 tanks to Ukraine.", want: []string{"GB 14 pledged"}},
		{text: "Germany has sent 18 Leopard 2A6 tanks to Kyiv.", want: []string{"DE 18 delivered"}},
		{text: "The US delivered 38 HIMARS launchers to Ukraine.", want: []string{"US 38 delivered"}},
		{text: "Canada will donate eight Leopard 2 tanks to Ukraine.", want: []string{"CA 8 pledged"}},
		{text: "France will supply six Caesar howitzers to Ukraine.", want: []string{"FR 6 pledged"}},
		{text: "Poland sent 14 Krab howitzers to Ukraine.", want: []string{"PL 14 delivered"}},
		{text: "Australia will gift 49 M1A1 Abrams tanks to Ukraine.", want: []string{"AU 49 pledged"}},
		{text: "Turkey delivered Bayraktar TB2 drones to Ukraine.", want: []string{"TR - delivered"}},
		{text: "Italy will send a SAMP/T system to Ukraine.", want: []string{"IT - pledged"}},
		{text: "The Netherlands pledged 24 F-16s to Ukraine.", want: []string{"NL 24 pledged"}},
		{text: "Germany will deliver 40 Marder infantry fighting vehicles.", want: []string{"DE 40 pledged"}},
		{text: "Washington approved the transfer of 31 M1 Abrams to Kyiv.", want: []string{"US 31 pledged"}},
		{text: "Spain has sent 10 Leopard 2A4 tanks to Ukraine.", want: []string{"ES 10 delivered"}},
		{text: "Sweden will provide two ASC 890 surveillance aircraft.", want: []string{"SE 2 pledged"}},
		{text: "Norway will supply eight Archer howitzers to Ukraine.", want: []string{"NO 8 pledged"}},
		// ammunition and shells by calibre
		{text: "Germany will send 100,000 rounds of 155mm ammunition to Ukraine.", want: []string{"DE 100000 pledged"}},
		{text: "Bulgaria has delivered 155-mm artillery shells to Ukraine.", want: []string{"BG - delivered"}},
		{text: "South Korea sold 500,000 rounds of 155 mm shells to the United States.", want: nil},
		{text: "Australia will provide 105mm artillery ammunition to Ukraine.", want: []string{"AU - pledged"}},
		{text: "The Czech Republic delivered 50,000 122mm rockets to Kyiv.", want: []string{"CZ 50000 delivered"}},
		{text: "Canada will donate 20,000 artillery shells to Ukraine.", want: []string{"CA 20000 pledged"}},
		{text: "Britain sent two million rounds of small-arms ammunition to Ukraine.", want: []string{"GB 2000000 delivered"}},
		{text: "Denmark will supply 120mm tank ammunition to Kyiv.", want: []string{"DK - pledged"}},
		// drones
		{text: "Latvia will send 2,000 drones to Ukraine.", want: []string{"LV 2000 pledged"}},
		{text: "Britain has supplied 10,000 FPV drones to the Ukrainian army.", want: []string{"GB 10000 delivered"}},
		{text: "Taiwan donated reconnaissance drones to Ukraine.", want: []string{"TW - delivered"}},
		{text: "The United States will provide Switchblade loitering munitions to Kyiv.", want: []string{"US - pledged"}},
		{text: "Norway pledged 500 interceptor drones to Ukraine.", want: []string{"NO 500 pledged"}},
		{text: "Iran supplied attack drones to Russia.", want: []string{"IR - delivered"}},
		{text: "Germany will send unmanned surface vessels to Ukraine.", want: []string{"DE - pledged"}},
		{text: "Estonia has delivered 300 surveillance drones to Kyiv.", want: []string{"EE 300 delivered"}},
		// vehicles and boats
		{text: "Japan provided 100 trucks to Ukraine.", want: []string{"JP 100 delivered"}},
		{text: "South Korea donated 50 ambulances to Ukraine.", want: []string{"KR 50 delivered"}},
		{text: "Lithuania will send 25 pickup trucks to the Ukrainian army.", want: []string{"LT 25 pledged"}},
		{text: "Germany handed over 40 buses to Moldova.", want: []string{"DE 40 delivered"}},
		{text: "Japan will provide 13 patrol boats to the Philippines.", want: []string{"JP 13 pledged"}},
		{text: "The United States donated two coast guard cutters to Vietnam.", want: []string{"US 2 delivered"}},
		{text: "India gifted a Dornier aircraft to Sri Lanka.", want: []string{"IN - delivered"}},
		{text: "China donated 30 fire trucks to Cambodia.", want: []string{"CN 30 delivered"}},
		{text: "Britain will send two minehunters to Ukraine.", want: []string{"GB 2 pledged"}},
		{text: "Australia will gift 15 Bushmaster vehicles to Fiji.", want: []string{"AU 15 pledged"}},
		{text: "France has delivered 10 armoured vehicles to Chad.", want: []string{"FR 10 delivered"}},
		{text: "Japan gave 20 motorcycles to the police of Timor-Leste.", want: []string{"JP 20 delivered"}},
		// radars, power, generators, transformers
		{text: "Canada will send 10 counter-battery radars to Ukraine.", want: []string{"CA 10 pledged"}},
		{text: "Lithuania has donated 150 generators to Ukraine.", want: []string{"LT 150 delivered"}},
		{text: "Poland will deliver power generators to Ukrainian hospitals.", want: []string{"PL - pledged"}},
		{text: "Japan provided 11 transformers to Ukraine's grid operator.", want: []string{"JP 11 delivered"}},
		{text: "The EU sent 5,000 power generators to Ukraine.", want: []string{"EU 5000 delivered"}},
		{text: "Austria will donate solar panels and batteries to Ukrainian schools.", want: []string{"AT - pledged"}},
		{text: "Germany has sent high-voltage transformers to Kyiv.", want: []string{"DE - delivered"}},
		{text: "Italy delivered air surveillance radars to Ukraine.", want: []string{"IT - delivered"}},
		// medical and humanitarian goods
		{text: "China donated 500,000 vaccine doses to Pakistan.", want: []string{"CN 500000 delivered"}},
		{text: "Japan will provide 1.2 million doses of vaccine to Vietnam.", want: []string{"JP 1200000 pledged"}},
		{text: "India sent 100 tonnes of medicines to Sri Lanka.", want: []string{"IN - delivered"}},
		{text: "Turkey sent 10 tonnes of food aid to Gaza.", want: []string{"TR - delivered"}},
		{text: "Saudi Arabia delivered 80 tonnes of medical supplies to Sudan.", want: []string{"SA - delivered"}},
		{text: "The UAE sent 30 ventilators to Kenya.", want: []string{"AE 30 delivered"}},
		{text: "Egypt dispatched 50 trucks of humanitarian aid to Gaza.", want: []string{"EG 50 delivered"}},
		{text: "Qatar will send 60 million litres of fuel to Lebanon.", want: []string{"QA - pledged"}},
		{text: "France donated 2,000 tents to Morocco.", want: []string{"FR 2000 delivered"}},
		{text: "Canada sent 5,000 blankets to the earthquake zone in Turkey.", want: []string{"CA 5000 delivered"}},
		{text: "Norway will donate de-mining kits to Ukraine.", want: []string{"NO - pledged"}},
		{text: "Russia delivered 25,000 tonnes of wheat to Syria.", want: []string{"RU - delivered"}},
		{text: "Kuwait sent hygiene kits and food parcels to Yemen.", want: []string{"KW - delivered"}},
		{text: "China has donated 20 dialysis machines to Sri Lanka.", want: []string{"CN 20 delivered"}},
		// winter gear
		{text: "Canada will send winter clothing to Ukrainian soldiers.", want: []string{"CA - pledged"}},
		{text: "Germany donated 100,000 winter jackets to Ukraine.", want: []string{"DE 100000 delivered"}},
		{text: "Luxembourg will provide sleeping bags and thermal blankets to Ukraine.", want: []string{"LU - pledged"}},
		{text: "Ireland sent 10,000 helmets and body armour to Ukraine.", want: []string{"IE 10000 delivered", "IE - delivered"}},
		{text: "Switzerland delivered winter tents and heaters to Ukraine.", want: []string{"CH - delivered"}},
	})
}

// TestEquipmentProbeShapes holds several items in one sentence, lists and
// tables under a donor, "including"/"such as"/"worth", headlines,
// passives, "received from" and approvals of a sale.
func TestEquipmentProbeShapes(t *testing.T) {
	runProbe(t, []probeRow{
		// several items in one sentence: a line per counted item, one for the uncounted
		{text: "Germany will send 12 howitzers, 20 trucks and ammunition to Ukraine.", want: []string{"DE 12 pledged", "DE 20 pledged", "DE - pledged"}},
		{text: "Norway delivered 8 tanks and 4 armoured recovery vehicles to Ukraine.", want: []string{"NO 8 delivered", "NO 4 delivered"}},
		{text: "The United States will provide 50 Bradley fighting vehicles, 100 Humvees and 500 anti-tank missiles.", want: []string{"US 50 pledged", "US 100 pledged", "US 500 pledged"}},
		{text: "Poland has sent 200 tanks, 50 howitzers, drones and spare parts to Ukraine.", want: []string{"PL 200 delivered", "PL 50 delivered", "PL - delivered"}},
		{text: "Britain will supply 14 tanks, 30 self-propelled guns and 600 Brimstone missiles.", want: []string{"GB 14 pledged", "GB 30 pledged", "GB 600 pledged"}},
		{text: "Japan donated 20 ambulances, 10 fire engines and medical equipment to Turkey.", want: []string{"JP 20 delivered", "JP 10 delivered", "JP - delivered"}},
		{text: "Canada will send 4 Leopard tanks as well as 200 armoured vehicles to Ukraine.", want: []string{"CA 4 pledged", "CA 200 pledged"}},
		{text: "France will deliver 30 Caesar guns, 40 VAB carriers and anti-tank missiles to Kyiv.", want: []string{"FR 30 pledged", "FR 40 pledged", "FR - pledged"}},
		{text: "Sweden sent rifles, helmets and body armour to Ukraine.", want: []string{"SE - delivered"}},
		{text: "Denmark has donated 19 howitzers and 25 tanks, together with ammunition.", want: []string{"DK 19 delivered", "DK 25 delivered", "DK - delivered"}},
		{text: "Germany will also deliver 10 Gepard tanks and two radars to Ukraine.", want: []string{"DE 10 pledged", "DE 2 pledged"}},
		{text: "The package from Norway includes 1,000 drones, 20 boats and five radars.", want: []string{"NO 1000 pledged", "NO 20 pledged", "NO 5 pledged"}},
		// lists and tables under a donor header
		{text: "Germany will send the following to Ukraine:\n- 20 Marder infantry fighting vehicles\n- 12 howitzers\n- ammunition\n- winter clothing", want: []string{"DE 20 pledged", "DE 12 pledged", "DE - pledged", "DE - pledged"}},
		{text: "The new British package contains:\n* 14 Challenger 2 tanks\n* 30 AS90 guns\n* hundreds of armoured vehicles", want: []string{"GB 14 pledged", "GB 30 pledged", "GB - pledged"}},
		{text: "Canada has delivered:\n• 8 Leopard 2 tanks\n• 39 armoured vehicles\n• 200 drone cameras", want: []string{"CA 8 delivered", "CA 39 delivered", "CA 200 delivered"}},
		{text: "What the Netherlands is providing to Ukraine:\n1. 42 F-16 jets\n2. 100 drones\n3. medical kits", want: []string{"NL 42 pledged", "NL 100 pledged", "NL - pledged"}},
		// including, such as, consisting of, worth
		{text: "Germany announced new military aid for Ukraine including 20 Marder vehicles and four Gepard tanks.", want: []string{"DE 20 pledged", "DE 4 pledged"}},
		{text: "Spain will send military equipment such as anti-aircraft missiles and mortars to Ukraine.", want: []string{"ES - pledged"}},
		{text: "Italy has delivered a package consisting of 20 armoured vehicles and 300 machine guns.", want: []string{"IT 20 delivered", "IT 300 delivered"}},
		{text: "Australia will send a package of 40 Bushmaster vehicles worth A$100 million to Ukraine.", want: []string{"AU 40 pledged"}},
		{text: "Japan delivered equipment valued at $30 million, including 100 vehicles.", want: []string{"JP 100 delivered"}},
		{text: "Britain will provide military equipment including radars, drones and ammunition.", want: []string{"GB - pledged"}},
		// headlines and passives
		{text: "Norway sending 2,000 more drones to Ukraine", want: []string{"NO 2000 delivered"}},
		{text: "Denmark to give 19 F-16 jets to Ukraine", want: []string{"DK 19 pledged"}},
		{text: "Germany pledges more IRIS-T systems for Kyiv", want: []string{"DE - pledged"}},
		{text: "Twelve howitzers will be supplied by Canada to Ukraine.", want: []string{"CA 12 pledged"}},
		{text: "Forty armoured vehicles were donated by the Netherlands.", want: []string{"NL 40 delivered"}},
		{text: "The 20 ambulances were provided by Japan last month.", want: []string{"JP 20 delivered"}},
		{text: "Drones and radars have been handed over by Lithuania to the Ukrainian army.", want: []string{"LT - delivered"}},
		{text: "Helmets, vests and radios were donated by Japan.", want: []string{"JP - delivered"}},
		{text: "Italy will give 12 armoured carriers to Lebanon.", want: []string{"IT 12 pledged"}},
		{text: "German tanks donated earlier this year have reached the front.", want: []string{"DE - delivered"}},
		{text: "The missiles are fired from Norway-donated units, the army said.", want: []string{"NO - delivered"}},
		{text: "Kenyan police drove Japan-supplied sets of radios.", want: []string{"JP - delivered"}},
		{text: "The Danish F-16s delivered in the summer are flying missions.", want: []string{"DK - delivered"}},
		{text: "French howitzers supplied to Kyiv have been used near the city.", want: []string{"FR - delivered"}},
		{text: "Canada has committed 200 armoured vehicles, a National Advanced Surface-to-Air Missile System, 39 support vehicles and anti-tank weapons.", want: []string{"CA 200 pledged", "CA - pledged", "CA 39 pledged", "CA - pledged"}},
		{text: "Germany will send a Patriot Air Defence System, drones and ammunition to Ukraine.", want: []string{"DE - pledged", "DE - pledged"}},
		{text: "Denmark will send 10 tanks to Ukraine along with spare parts.", want: []string{"DK 10 pledged", "DK - pledged"}},
		{text: "Norway delivered 8 howitzers, coupled with 2,000 shells.", want: []string{"NO 8 delivered", "NO 2000 delivered"}},
		{text: "The tanks will be delivered by Spain in the spring.", want: []string{"ES - pledged"}},
		// received from
		{text: "Ukraine has received 20 howitzers from Italy.", want: []string{"IT 20 delivered"}},
		{text: "Ukraine received the first Leopard tanks from Portugal.", want: []string{"PT - delivered"}},
		{text: "Kyiv will receive 12 air defence systems from Germany this year.", want: []string{"DE 12 pledged"}},
		{text: "The Philippines took delivery of two frigates from South Korea.", want: []string{"KR 2 delivered"}},
		{text: "Moldova got 10,000 tonnes of fuel from Romania.", want: []string{"RO - delivered"}, gap: true},
		// approvals of a sale
		{text: "The State Department approved the sale of 40 F-35 jets to Poland.", want: []string{"US 40 pledged"}},
		{text: "Germany approved the export of 20 Eurofighter jets to Saudi Arabia.", want: []string{"DE 20 pledged"}},
		{text: "Washington cleared a possible sale of Patriot missiles to Switzerland.", want: []string{"US - pledged"}},
		{text: "France agreed to sell 26 Rafale jets to India.", want: []string{"FR 26 pledged"}},
		{text: "The United States approved a $2 billion sale of air defence systems to Taiwan.", want: []string{"US - pledged"}},
		// other givers and forms
		{text: "Berlin will provide 10 more Leopard tanks, the defence ministry said.", want: []string{"DE 10 pledged"}},
		{text: "The Pentagon announced 30 additional Bradley vehicles for Ukraine.", want: []string{"US 30 pledged"}},
		{text: "Ottawa has shipped 20,000 artillery rounds to Ukraine.", want: []string{"CA 20000 delivered"}},
		{text: "Tokyo will donate 100 trucks and minivans to the Ukrainian army.", want: []string{"JP 100 pledged"}},
		{text: "A Dutch shipment of 60 armoured vehicles arrived in Ukraine.", want: []string{"NL 60 delivered"}},
		{text: "Swedish CV90 vehicles donated last year are now in service in Ukraine.", want: []string{"SE - delivered"}},
		{text: "Norway offered to send 12 air defence launchers to Ukraine.", want: []string{"NO 12 considering"}},
		{text: "Germany is considering sending Taurus cruise missiles to Ukraine.", want: []string{"DE - considering"}},
		{text: "Berlin refused to send Taurus missiles to Kyiv.", want: []string{"DE - declined"}},
	})
}

// TestEquipmentProbeNearMisses holds materiel that is no gift: the enemy's
// or a country's own, destroyed or captured, made at home, bought with the
// buyer's own money, prices, and "systems" that are no materiel.
func TestEquipmentProbeNearMisses(t *testing.T) {
	runProbe(t, []probeRow{
		{text: "Russia lost 40 tanks and 20 howitzers near the town last week.", want: nil},
		{text: "Ukrainian forces destroyed 12 Russian armoured vehicles.", want: nil},
		{text: "Ukraine captured 30 Russian tanks in the counter-offensive.", want: nil},
		{text: "The Polish army has 250 Leopard tanks in its inventory.", want: nil},
		{text: "Germany will produce 200,000 shells a year at a new factory.", want: nil},
		{text: "Poland will buy 96 Apache helicopters from the United States.", want: nil},
		{text: "Romania purchased 54 Abrams tanks with its own budget.", want: nil},
		{text: "A single Patriot battery costs about $1 billion.", want: nil},
		{text: "The price of a 155mm shell has risen to 8,000 euros.", want: nil},
		{text: "Estonia will modernise its tax systems and pension systems.", want: nil},
		{text: "France improved its health systems and education systems.", want: nil},
		{text: "Russia fired 40 missiles and 50 drones at Ukrainian cities overnight.", want: nil},
		{text: "Air defence shot down 35 drones over Kyiv.", want: nil},
		{text: "Germany's own army is short of 155mm ammunition.", want: nil},
		{text: "Britain will build 12 new frigates for the Royal Navy.", want: nil},
		{text: "The United States deployed two Patriot batteries to its base in Poland.", want: nil, gap: true},
		{text: "Japan's defence budget includes 400 Tomahawk missiles.", want: nil},
		{text: "India test-fired an Agni-5 missile on Monday.", want: nil},
		{text: "Turkey unveiled its new KAAN fighter jet.", want: nil},
		{text: "Ukraine asked Germany for Taurus missiles.", want: nil},
		{text: "Kyiv needs 10 more Patriot systems, Zelensky said.", want: nil},
		{text: "The factory in Spain makes 20 armoured vehicles a month.", want: nil},
		{text: "South Korea exported 1,000 tanks to Poland under a commercial contract signed by Warsaw.", want: nil},
		{text: "Russian troops seized 12 Western-made tanks, Moscow claimed.", want: nil},
		{text: "Food prices rose 12% in Egypt last year.", want: nil},
		{text: "The vaccine costs $20 a dose in Europe.", want: nil},
		{text: "Fuel shortages hit 40 hospitals in Gaza.", want: nil},
		{text: "The drone attack damaged 20 trucks in Odesa.", want: nil},
		{text: "Israel intercepted 300 drones and missiles launched by Iran.", want: nil},
		{text: "Hungary refuses to let weapons for Ukraine cross its territory.", want: nil},
		{text: "North Korea's arsenal holds thousands of artillery pieces.", want: nil},
		{text: "Finland will replace its F-18 fleet with 64 F-35 jets.", want: nil},
		{text: "Greece bought 24 Rafale jets from France in 2021.", want: nil},
		{text: "The Ukrainian army used the M777 howitzers to hit Russian positions.", want: nil},
	})
}

// TestEquipmentProbeMoreShapes holds shapes of real news the first battery
// lacked, in self-written paraphrase: goods by weight, joint donations
// ("in cooperation with"), elided items after a count ("after four were
// delivered"), several counted items of one sale, uncounted items after
// counted ones, and adjectives of giving ("German-donated").
func TestEquipmentProbeMoreShapes(t *testing.T) {
	runProbe(t, []probeRow{
		// goods by weight
		{text: "The aid agency said Qatar has donated 150 tonnes of food, handed over by its ambassador.", want: []string{"QA - delivered"}},
		{text: "Egypt confirmed it had sent 40 tonnes of supplies to flood-hit Pakistan.", want: []string{"EG - delivered"}, gap: true},
		{text: "Egypt confirmed it had sent 40 tonnes of flour to flood-hit Pakistan.", want: []string{"EG - delivered"}},
		{text: "Kazakhstan pledged food, shelter and medical aid to Afghanistan.", want: []string{"KZ - pledged"}},
		{text: "Britain will provide food and medicine to Gaza.", want: []string{"GB - pledged"}},
		{text: "Qatar has donated 150 tonnes of food.", want: []string{"QA - delivered"}},
		{text: "The first shipment of Japanese aid - 80 tonnes of tents and blankets - arrived in Dhaka on Monday.", want: []string{"JP - delivered"}, gap: true},
		{text: "Four transport planes took off from Jordan loaded with tons of food aid for Gaza.", want: []string{"JO - delivered"}, gap: true},
		{text: "Malaysia sent 30 tons of rice and cooking oil to Myanmar.", want: []string{"MY - delivered"}},
		{text: "Oman delivered 12 tonnes of relief goods to Yemen.", want: []string{"OM - delivered"}},
		// transfers counted by units
		{text: "Norway announced the transfer of two batteries of NASAMS to Ukraine.", want: []string{"NO 2 pledged"}},
		{text: "Spain announced the delivery of three batteries of Hawk missiles to Kyiv.", want: []string{"ES 3 pledged"}},
		// adjectives of giving
		{text: "The missiles are fired from German-donated launchers, the air force said.", want: []string{"DE - delivered"}},
		{text: "Ukrainian crews trained on the US-supplied tanks.", want: []string{"US - delivered"}},
		// joint donations
		{text: "Estonia delivered tents in cooperation with Germany and Norway.", want: []string{"EE - delivered", "DE - delivered", "NO - delivered"}},
		{text: "Estonia delivered field hospitals in cooperation with Germany and Norway.", want: []string{"EE - delivered", "DE - delivered", "NO - delivered"}, gap: true},
		{text: "In partnership with Denmark, Sweden has transferred 20 tanks to Ukraine.", want: []string{"SE 20 delivered", "DK 20 delivered"}},
		{text: "Denmark will supply 10,000 shells to Ukraine jointly with Norway.", want: []string{"DK 10000 pledged", "NO 10000 pledged"}},
		{text: "Italy will deliver 30 trucks to Ukraine in joint efforts with Spain and Portugal.", want: []string{"IT 30 pledged", "ES 30 pledged", "PT 30 pledged"}},
		{text: "Japan will provide radars to the Philippines in cooperation with Australia.", want: []string{"JP - pledged", "AU - pledged"}},
		{text: "Together with the Netherlands, Belgium will deliver 40 armoured vehicles.", want: []string{"BE 40 pledged", "NL 40 pledged"}},
		// elided item after a count
		{text: "Poland delivered ten tanks in March after four were delivered in February.", want: []string{"PL 10 delivered", "PL 4 delivered"}},
		{text: "Sweden has handed over 12 howitzers, while four more are due in the spring.", want: []string{"SE 12 delivered", "SE 4 pledged"}, gap: true},
		{text: "Canada has promised 200 armoured vehicles to Ukraine, of which 116 have been delivered.", want: []string{"CA 200 pledged", "CA 116 delivered"}},
		{text: "Germany delivered three air defence systems; another four are expected next year.", want: []string{"DE 3 delivered", "DE 4 pledged"}, gap: true},
		{text: "The United States donated 24 armoured trucks to Nigeria. Another eight will be delivered later.", want: []string{"US 24 delivered", "US 8 pledged"}},
		{text: "Canada prepared 200 armoured vehicles for Ukraine. 116 have been delivered and 18 more will arrive in the coming days.", want: []string{"CA 200 pledged", "CA 116 delivered", "CA 18 pledged"}, gap: true},
		// several counted items of one sale
		{text: "The State Department approved the sale of 60 anti-ship missiles and 100 air-to-air missiles to Taiwan.", want: []string{"US 60 pledged", "US 100 pledged"}},
		{text: "The United States approved a $300 million sale of six reconnaissance pods to Taiwan.", want: []string{"US 6 pledged"}},
		{text: "Washington approved the sale of 108 tanks and 250 portable missiles to Taiwan.", want: []string{"US 108 pledged", "US 250 pledged"}},
		// uncounted items after counted ones
		{text: "Canada will provide 10,000 artillery rounds and 288 missiles, as well as small arms ammunition.", want: []string{"CA 10000 pledged", "CA 288 pledged", "CA - pledged"}, gap: true},
		{text: "Italy will send 20 armoured vehicles and 12 howitzers plus spare parts and fuel.", want: []string{"IT 20 pledged", "IT 12 pledged", "IT - pledged"}},
		{text: "The aid package covers equipment, weapons and training, Latvia said.", want: []string{"LV - pledged"}, gap: true},
		// a coalition named for materiel, then "the Coalition includes"
		{text: "Finland will give 10 million euros to the Drone Coalition fund. Norway also joined. The Coalition includes Poland, Norway and Sweden.", want: []string{"FI - pledged", "PL - pledged", "NO - pledged", "SE - pledged"}},
		{text: "Finland will give 10 million euros to the tank coalition. The coalition includes Poland, Norway, Finland and Sweden.", want: []string{"FI - pledged", "PL - pledged", "NO - pledged", "FI - pledged", "SE - pledged"}},
	})
}

// TestEquipmentProbeNewNearMisses holds the near-misses of the rules the
// probes led to: names with "Food", partners that are the recipient, a
// bare count after a verb that is no giving, an amount in aid or in a
// purchase, a coalition named for no materiel.
func TestEquipmentProbeNewNearMisses(t *testing.T) {
	runProbe(t, []probeRow{
		{text: "Japan gave $10 million to the World Food Programme.", want: nil},
		{text: "The Food and Agriculture Organization will distribute seeds paid for by Norway.", want: nil},
		{text: "Food prices rose 12% in Egypt last year.", want: nil},
		{text: "Germany pledged $50 million for food security in Africa.", want: nil},
		{text: "Canada has also pledged $5 million to the food agency.", want: nil},
		{text: "Japan will provide 2,000 families with food.", want: []string{"JP - pledged"}},
		{text: "Germany pledged 1 billion euros, bringing food prices down.", want: nil},
		{text: "The Red Cross said it had sent 400 tonnes of supplies to the region.", want: nil},
		{text: "Italy sent the food agency 20 trucks.", want: []string{"IT 20 delivered"}},
		{text: "Russian tanks destroyed near the town were abandoned.", want: nil},
		{text: "A drone maker from China releases its new folding drone in New York", want: nil},
		{text: "Ryanair and other carriers cut flights to Tel Aviv.", want: nil},
		{text: "India showcased its new Arjun tanks at the parade.", want: nil},
		{text: "South Korea displayed 40 K9 howitzers at the arms fair.", want: nil},
		{text: "The Pentagon released 20 more Bradley vehicles to Ukraine.", want: []string{"US 20 delivered"}},
		{text: "Ukraine captured Russian tanks abandoned near the town.", want: nil},
		{text: "The US-provided trainings helped the army.", want: nil},
		{text: "Ireland has allocated 500,000 euros through the Red Cross to provide clean water, food and healthcare.", want: nil},
		{text: "Japan gave $5 million to Kenya to buy medicines and vaccines.", want: nil},
		{text: "Japan gave $5 million to Kenya to buy 20 ambulances.", want: nil},
		{text: "The Netherlands allocated 500 million euros to fund a drone project for Ukraine.", want: []string{"NL - pledged"}},
		{text: "Russia destroyed Norway-donated units near the town.", want: nil},
		{text: "Poland bought German tanks delivered by the factory last year.", want: nil},
		{text: "Germany sent 20 tanks, and four were damaged in transit.", want: []string{"DE 20 delivered"}},
		{text: "Russia lost 20 tanks, and four were destroyed by drones.", want: nil},
		{text: "Germany sent 20 tanks in 2022 and 2023 were delivered later.", want: []string{"DE 20 delivered"}},
		{text: "The Demining Coalition was set up last year. The Coalition includes Poland, Norway, Finland and Sweden.", want: nil},
		{text: "Ukraine produced 20 armoured vehicles in cooperation with Germany.", want: nil},
		{text: "Germany will send 10 tanks to Ukraine in cooperation with Ukraine's defence ministry.", want: []string{"DE 10 pledged"}},
	})
}
