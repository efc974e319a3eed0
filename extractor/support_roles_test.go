package extractor

import (
	"fmt"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestSupportRoles holds self-written rewordings of support lines of the
// kinds that unseen real news showed most (issue 7): a country's officer
// named to command a multinational operation, forces of several countries
// involved in an operation, an operation run or led by countries (a
// passive), help given "by training …", help for recovery efforts, and
// generic aid said beside concrete goods; and their near-misses (a
// country's own forces, former commanders, fighting and talks, requests,
// stances). Support lines render without their item text.
func TestSupportRoles(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// the commander of an operation named by country
		{"copular operation commander with possessive country",
			"The Operation Commander will be Greece's Commodore Nikos Pappas.",
			[]string{"GR support pledged"}},
		{"force commander is a demonym officer",
			"The force commander will be an Italian rear admiral.",
			[]string{"IT support pledged"}},
		{"officer first, then the commander role",
			"Spain's General Luis Ortega will be the mission commander.",
			[]string{"ES support pledged"}},
		{"commander of the mission after the noun",
			"The commander of the new naval mission will be a French vice admiral.",
			[]string{"FR support pledged"}},
		{"became commander of a task force, from a navy",
			"Commodore Jan Novak from the Czech Navy became commander of the task force.",
			[]string{"CZ support delivered"}},
		{"became afloat commander",
			"Commodore Jan Novak from the Czech Navy became afloat commander of the task force.",
			[]string{"CZ support delivered"}},
		{"passive: commanded by a demonym officer",
			"The task force is commanded by a Dutch commodore.",
			[]string{"NL support delivered"}},
		{"two commanders of two countries",
			"The Operation Commander will be Greece's Commodore Nikos Pappas, and the Force Commander will be Italy's Rear Admiral Marco Bianchi.",
			[]string{"GR support pledged", "IT support pledged"}},
		{"Hellenic navy stands for Greece",
			"Commodore Petros Alexiou of the Hellenic Navy will be the force commander.",
			[]string{"GR support pledged"}},
		// near-misses: own forces, a past or former commander, no copula
		{"commander of a country's own forces",
			"The commander of the Russian forces is General Ivan Petrov.",
			nil},
		{"own army commander",
			"Ukraine's army commander will be General Oleksandr Ivanov.",
			nil},
		{"former force commander",
			"The former force commander was a Greek admiral.",
			nil},
		{"commander meets a minister",
			"The Operation Commander met Italy's defence minister in Rome.",
			nil},
		{"commander to be chosen",
			"The force commander will be chosen by the European Council.",
			nil},
		{"navy commander speaks for his country",
			"The commander of the Iranian navy said Iran would respond.",
			nil},
		{"a past command with a year",
			"The force commander was a Greek admiral in 2010.",
			nil},

		// forces of countries involved in an operation
		{"inverted: also involved are forces from a list",
			"The naval mission began in May. Also involved are forces from Norway, Denmark and Estonia.",
			[]string{"NO support delivered", "DK support delivered", "EE support delivered"}},
		{"forces from a list are involved in the operation",
			"Forces from Norway and Denmark are involved in the operation.",
			[]string{"NO support delivered", "DK support delivered"}},
		{"countries involved in a mission",
			"Norway and Denmark are also involved in the mission.",
			[]string{"NO support delivered", "DK support delivered"}},
		{"ships from countries will be involved",
			"Ships from Spain and Portugal will be involved in the naval operation.",
			[]string{"ES support pledged", "PT support pledged"}},
		{"fronted: involved in the coalition are units from",
			"Involved in the coalition are naval units from Greece and Cyprus.",
			[]string{"GR support delivered", "CY support delivered"}},
		{"besides another military, forces from a list are involved",
			"In addition to the US military, forces from Britain and Bahrain are also involved in the mission.",
			[]string{"GB support delivered", "BH support delivered"}},
		// near-misses: a war, fighting, talks, companies, the past
		{"involved in a war",
			"Russia is involved in the war in Ukraine.",
			nil},
		{"forces involved in the fighting",
			"Forces from Russia were involved in the fighting near the border.",
			nil},
		{"involved in the conflict",
			"Iran is deeply involved in the conflict.",
			nil},
		{"officials involved in talks",
			"Officials from Germany and France were involved in the talks.",
			nil},
		{"companies involved in a programme",
			"Two firms from Sweden are involved in the programme.",
			nil},
		{"involved in a past operation",
			"Britain was involved in the operation in 2003.",
			nil},

		// an operation run or led by countries (a passive)
		{"campaign to train spearheaded by two countries",
			"A campaign to train Ukrainian pilots has been spearheaded by the Netherlands and Denmark for months.",
			[]string{"NL support delivered", "DK support delivered"}},
		{"effort to train led by a country",
			"The effort to train Ukrainian pilots is led by Denmark.",
			[]string{"DK support delivered"}},
		{"operation being undertaken by a list",
			"The naval operation is being undertaken by France, Italy and Greece.",
			[]string{"FR support delivered", "IT support delivered", "GR support delivered"}},
		{"programme will be run by two countries",
			"The training programme will be run by Britain and Canada.",
			[]string{"GB support pledged", "CA support pledged"}},
		{"mission conducted by two countries",
			"The maritime mission is conducted by Spain and Portugal.",
			[]string{"ES support delivered", "PT support delivered"}},
		{"long purpose with a hyphenated jet name",
			"A campaign to train Ukrainian pilots to fly F-16s and maintain the jets has been spearheaded by Sweden and Norway for months.",
			[]string{"SE support delivered", "NO support delivered"}},
		{"operation named in an aside, then undertaken by",
			"The naval operation, named Operation Blue Shield, is being undertaken by France and Italy.",
			[]string{"FR support delivered", "IT support delivered"}},
		{"participation told twice is the first line",
			"The naval operation would be joined by Britain and Canada. The naval operation is being undertaken by Britain, Canada and Denmark.",
			[]string{"GB support pledged", "CA support pledged", "DK support delivered"}},
		{"any country participating is not the speaker",
			"The EU said it expects any country participating in the mission to focus on security.",
			nil},
		// near-misses: a campaign of harm, an invasion, talks, the past
		{"disinformation campaign led by a country",
			"A disinformation campaign led by Russia targeted the elections.",
			nil},
		{"invasion led by a country",
			"The invasion was led by Russia.",
			nil},
		{"talks led by mediators",
			"The talks were led by Qatar and Egypt.",
			nil},
		{"operation led in a past year",
			"The operation was led by France in 2013.",
			nil},

		// help given by training
		{"offered to assist by training",
			"Egypt and Jordan have offered to assist by training Palestinian police forces.",
			[]string{"EG support considering", "JO support considering"}},
		{"a neighbouring country offers training",
			"Neighbouring Egypt and Jordan have offered to assist by training police officers.",
			[]string{"EG support considering", "JO support considering"}},
		{"will help by training",
			"Canada will help by training Ukrainian engineers.",
			[]string{"CA support pledged"}},
		{"asked to assist by training is no line",
			"The UN asked Egypt to assist by training police officers.",
			nil},
		{"help by lowering prices is no support",
			"Germany could help by lowering energy prices.",
			nil},

		// support for recovery and relief efforts is concrete help
		{"ready to provide support for recovery efforts",
			"Turkey said it was ready to provide support for the recovery efforts in the affected areas.",
			[]string{"TR support considering"}},
		{"support for recovery efforts in another country",
			"Japan will provide support for the recovery efforts in Nepal.",
			[]string{"JP support pledged"}},
		{"support for peace efforts is a stance",
			"France voiced support for the peace efforts.",
			nil},
		{"supports efforts to end a war",
			"Germany supports international efforts to end the war.",
			nil},

		// generic aid beside concrete goods of the same giver
		{"generic military support beside howitzers in the text",
			"Sweden will send 20 howitzers to Ukraine. The Swedish government also promised more military support.",
			[]string{"SE equipment 20 × howitzers pledged"}},
		{"support increased by sending goods",
			"Sweden will increase its support of Ukraine by sending 12 howitzers.",
			[]string{"SE equipment 12 × howitzers pledged"}},
		{"generic support of another giver stays",
			"The EU promised more military and financial support to Ukraine. Canada pledged $50 million.",
			[]string{"EU support pledged", "CA money 50 million USD pledged"}},

		// members of a subject group named after "including"
		{"nations including two countries pledged support",
			"Other nations including Chile and Peru have also pledged support.",
			[]string{"CL support pledged", "PE support pledged"}},
		{"cities including a capital are no subject",
			"Russia attacked several cities including Kyiv and Odesa.",
			nil},
		// the object of a join verb owned by the operation
		{"leads the mission's staffing efforts",
			"Kenya leads the mission's staffing efforts.",
			nil},
		{"with the support of a country after a joint statement",
			"The leaders said in a joint statement that Norway is delivering the jets with the support of the United States.",
			[]string{"NO equipment jets pledged", "US support delivered"}},
		// requests for support
		{"calls for support from a country",
			"We have received calls for funding support from the Ukrainian side.",
			nil},
		{"any country to be part of a mission",
			"The EU has no preference for any country to be part of the new mission.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string {
		if c.Kind == news.KindSupport {
			return fmt.Sprintf("%s %s %s", c.Actor, c.Kind, c.Status)
		}
		return summary(c)
	})
}
