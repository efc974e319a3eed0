package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestEquipmentSupport holds self-written sentences for the equipment and
// support families: ships and donated goods, joining an operation,
// purposes that are not commitments of their own.
func TestEquipmentSupport(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// frame.join
		{"operation joined by a list",
			"The minister said the naval operation would be joined by Portugal, Greece and Romania.",
			[]string{"PT support participation in naval operation pledged", "GR support participation in naval operation pledged", "RO support participation in naval operation pledged"}},
		{"countries joined the coalition",
			"Officials said Chile and Peru have also joined the coalition.",
			[]string{"CL support participation in coalition pledged", "PE support participation in coalition pledged"}},
		{"a coalition named for materiel",
			"Estonia will join the drone coalition.",
			[]string{"EE equipment drone coalition pledged"}},
		{"in partnership with a list",
			"The training programme is run in partnership with five other nations – Norway, Finland and Canada.",
			[]string{"NO support participation in programme delivered", "FI support participation in programme delivered", "CA support participation in programme delivered"}},
		{"a past membership is history",
			"Chile joined the mission in 2019.",
			nil},
		{"counted troops joining are troops only",
			"Spain will send 300 soldiers to join the mission.",
			[]string{"ES troops 300 troops pledged"}},
		// donated goods and ships
		{"vaccine doses donated",
			"Japan will donate 3 million vaccine doses to Vietnam.",
			[]string{"JP equipment 3000000 × vaccine doses pledged"}},
		{"warships in a donor list",
			"Norway will send a frigate, and Denmark two warships.",
			[]string{"NO equipment frigate pledged", "DK equipment 2 × warships pledged"}},
		// purposes are not commitments of their own
		{"purpose: defend itself",
			"France will deliver equipment Ukraine needs to defend itself.",
			nil},
		{"purpose of a package",
			"Britain announced a military aid package to help Ukraine repel the attack.",
			nil},
		{"purpose after an amount",
			"Canada announced an additional 5.7 million to support the mission.",
			nil},
		{"purpose with its means",
			"Norway has made a commitment to bolster Ukraine's air defence by donating two radars.",
			[]string{"NO equipment 2 × radars pledged"}},
		{"a pledge to protect is support",
			"The president's pledge on May 4 to protect the port was welcomed.",
			nil},
		{"consignment of aid is goods",
			"India has sent a consignment of humanitarian aid to Ukraine.",
			[]string{"IN equipment humanitarian aid delivered"}},
		// frame.package, frame.sale
		{"a definite package holds what follows",
			"Norway announced new aid on Monday. The package includes 12 howitzers and 40 trucks.",
			[]string{"NO equipment 12 × howitzers pledged", "NO equipment 40 × trucks pledged"}},
		{"the donor named in the subject",
			"What Canada calls its largest package includes 30 drones.",
			[]string{"CA equipment 30 × drones pledged"}},
		{"a hedged package",
			"Japan is preparing new aid. The package may include air defence systems.",
			[]string{"JP equipment air defence systems considering"}},
		{"arms sale approved",
			"The State Department approved a possible sale of F-16 jets to Turkey.",
			[]string{"US equipment F-16 jets pledged"}},
		{"arms sale continued",
			"The State Department cleared a possible sale of M1A1 tanks to Chile. The possible sale also includes 12 M88A2 recovery vehicles.",
			[]string{"US equipment tanks pledged", "US equipment 12 × M88A2 recovery vehicles pledged"}},
		{"uncounted items share a line",
			"Germany will send tanks, howitzers and air defence systems.",
			[]string{"DE equipment tanks pledged"}},
		// frame.relative-equipment
		{"object relative clause after the item",
			"Kyiv is waiting for the Leopard tanks that Spain recently promised.",
			[]string{"ES equipment Leopard tanks pledged"}},
		{"object relative clause after a preposition",
			"Chile will not supply shells for the howitzers that Italy has already sent to Ukraine.",
			[]string{"CL equipment shells declined", "IT equipment howitzers delivered"}},
		{"object relative clause with a parenthesis and a refusal",
			"He asked for the jets that, until now, the French government has been unwilling to send.",
			[]string{"FR equipment jets declined"}},
		// support verbs and their objects
		{"air missions flown",
			"Britain, France and Jordan have flown dozens of additional missions.",
			[]string{"GB support additional missions delivered", "FR support additional missions delivered", "JO support additional missions delivered"}},
		{"military aid suspended",
			"The United States suspended military aid to Niger last year.",
			[]string{"US support military aid declined"}},
		{"leading a coalition",
			"Latvia will lead the coalition.",
			[]string{"LV support participation in coalition pledged"}},
		{"a led coalition is an adjective",
			"Qatar is not part of the Saudi-led coalition.",
			nil},
		// model codes are not counts
		{"model code with a hyphen",
			"Slovakia sent four Mi-17 helicopters.",
			[]string{"SK equipment 4 × Mi-17 helicopters delivered"}},
		{"vaccine name with a hyphen",
			"Spain will donate 2 million COVID-19 vaccine doses.",
			[]string{"ES equipment 2000000 × COVID-19 vaccine doses pledged"}},
		// deployed ships and aircraft (frame.presence)
		{"demonym ship attached to an operation",
			"The Dutch frigate Tromp, attached to the operation, seized a skiff.",
			[]string{"NL equipment Dutch frigate delivered"}},
		{"joined by demonym ships",
			"The task force was joined by two Danish corvettes.",
			[]string{"DK equipment 2 × Danish corvettes delivered"}},
		{"its named frigate is in the area",
			"Spain has a base in Djibouti. Its frigate Navarra is now in the Gulf of Aden.",
			[]string{"ES equipment frigate delivered"}},
		{"enemy equipment without a deployment word",
			"Russian drones struck the port overnight.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
