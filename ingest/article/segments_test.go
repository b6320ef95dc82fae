package article

import "testing"

func TestTitleSegmentsAndLabels(t *testing.T) {
	tests := []titleCase{
		{"heading equal to a title segment beats a box h1 with text",
			`<title>Chess Club Harbour Town e.V. - News and reports » The events of the last weeks</title>`,
			`<h1>News</h1><h2>The events of the last weeks</h2>` + lorem + `<h1>Match overview</h1>` + lorem,
			"The events of the last weeks"},
		{"long label before a colon is not the headline",
			`<title>Vaccination stays possible everywhere until the end of February</title>`,
			`<h1>Press release of the department of health, social affairs and integration :Vaccination stays possible everywhere until the end of February</h1>` + lorem,
			"Vaccination stays possible everywhere until the end of February"},
		{"long heading without a separator is kept whole",
			`<title>Vaccination stays possible everywhere until the end of February</title>`,
			`<h1>Press release of the department of health, social affairs and integration says that vaccination stays possible everywhere until the end of February</h1>` + lorem,
			"Press release of the department of health, social affairs and integration says that vaccination stays possible everywhere until the end of February"},
	}
	checkTitles(t, "https://news.example.org/a", Hints{}, tests)
}
