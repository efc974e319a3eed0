package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestEquipmentListItems holds self-written sentences for lists of
// materiel: items run in with semicolons (frame.semicolon-item), goods
// listed after "include" under a passive of giving (frame.goods-include),
// bullets of uncounted items (one line per bullet, equipment.list-item),
// and the near-misses of each.
func TestEquipmentListItems(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// frame.semicolon-item: every item after a ";" is a line of its own
		{"semicolon items after a verb of giving",
			"Germany will send 20 tanks; 12 howitzers; air defence missiles; and artillery shells.",
			[]string{"DE equipment 20 × tanks pledged", "DE equipment 12 × howitzers pledged",
				"DE equipment air defence missiles pledged", "DE equipment artillery shells pledged"}},
		{"semicolon items after a delivery in the past",
			"Norway has delivered anti-tank weapons; mortars; and 40 trucks to Ukraine.",
			[]string{"NO equipment anti-tank weapons delivered", "NO equipment mortars delivered",
				"NO equipment 40 × trucks delivered"}},
		{"semicolon items after a package that includes",
			"Sweden announced a new aid package for Ukraine. It includes howitzers; artillery shells; and ambulances.",
			[]string{"SE equipment howitzers pledged", "SE equipment artillery shells pledged",
				"SE equipment ambulances pledged"}},
		{"semicolon items with a capital as the giver",
			"Ottawa pledged eight armoured vehicles; drones; and body armour.",
			[]string{"CA equipment 8 × armoured vehicles pledged", "CA equipment drones pledged",
				"CA equipment body armour pledged"}},
		{"semicolon items, a hedge in the clause with the verb",
			"Spain could provide air defence systems; ammunition; and radars.",
			[]string{"ES equipment air defence systems considering", "ES equipment ammunition considering",
				"ES equipment radars considering"}},
		{"a restatement in brackets inside an item is no second line",
			"The United States will provide Stinger missiles; ammunition for rocket launchers (HIMARS); and mortars.",
			[]string{"US equipment Stinger missiles pledged", "US equipment ammunition pledged",
				"US equipment mortars pledged"}},
		{"a calibre is no count",
			"Belgium will send rifles; .50 caliber rounds; and helmets.",
			[]string{"BE equipment rifles pledged", "BE equipment caliber rounds pledged",
				"BE equipment helmets pledged"}},
		// near-misses: an item with a clause of its own, a list with no verb
		{"an item with its own subject and verb is its own clause",
			"Germany will send 20 tanks; France sent air defence missiles.",
			[]string{"DE equipment 20 × tanks pledged", "FR equipment air defence missiles delivered"}},
		{"a list of what a country lacks is no commitment",
			"The army lacks tanks; howitzers; and air defence missiles.",
			nil},
		{"a list of the enemy's losses is no commitment",
			"Russia lost 20 tanks; 12 howitzers; and 40 trucks in the battle.",
			nil},
		{"a list after a purchase is no gift",
			"Poland intends to buy 116 tanks; 48 howitzers; and radars.",
			nil},
		// frame.goods-include: the source of the sentence gives
		{"goods to be provided include, source first",
			"According to the Pentagon, the weapons to be provided to Ukraine include Stinger missiles.",
			[]string{"US equipment Stinger missiles pledged"}},
		{"goods being sent include, sayer last",
			"The weapons being sent include 20 tanks and 12 howitzers, the Norwegian defence ministry said.",
			[]string{"NO equipment 20 × tanks pledged", "NO equipment 12 × howitzers pledged"}},
		{"goods to be delivered include a semicolon list",
			"According to the Pentagon, the items to be delivered include Stinger missiles; TOW missiles; and 20 trucks.",
			[]string{"US equipment Stinger missiles pledged", "US equipment TOW missiles pledged",
				"US equipment 20 × trucks pledged"}},
		{"the subject names the giver: its own frame",
			"According to the Pentagon, the weapons Poland sent to Ukraine include Stinger missiles.",
			[]string{"PL equipment weapons delivered", "PL equipment Stinger missiles delivered"}},
		{"goods lost include: no passive of giving",
			"According to the Pentagon, the weapons lost in the battle include 20 tanks.",
			nil},
		{"goods to be provided with no source",
			"The weapons to be provided include 20 tanks.",
			nil},
		{"the source is a person, not a country",
			"According to a retired general, the weapons to be sent include 20 tanks.",
			nil},
		// bullets: one line per bullet, uncounted too; a summary before the
		// bullets is not a line of its own
		{"uncounted bullets are one line each",
			"Germany announced a new package for Ukraine on Friday. The package includes:\n- air defence missiles,\n- artillery shells,\n- 20 trucks.",
			[]string{"DE equipment air defence missiles pledged", "DE equipment artillery shells pledged",
				"DE equipment 20 × trucks pledged"}},
		{"a summary sentence before the bullets is no extra line",
			"Canada announced new aid. It includes drones and ammunition.\n\nThe package includes:\n\n- drones,\n\n- ammunition for howitzers,\n\n- body armour.",
			[]string{"CA equipment drones pledged", "CA equipment ammunition pledged", "CA equipment body armour pledged"}},
		{"the same uncounted goods in the headline and the body are one line",
			"Belgium to send ships to the Red Sea\n\nBelgium will send ships to the Red Sea mission, the minister said.",
			[]string{"BE equipment ships pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
