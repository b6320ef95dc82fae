package entity_test

import (
	"fmt"

	"tidings/extract/entity"
)

func ExampleTagger_Extract() {
	tg, err := entity.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Amazon Web Services (AWS) is run by Matt Garman. Garman said AWS would grow."
	for _, f := range tg.Extract(text) {
		if f.Text == "AWS" || f.Text == "Garman" {
			fmt.Printf("%s -> %s (%s)\n", f.Text, f.Entity, f.Type)
		}
	}
	// Output:
	// AWS -> Amazon Web Services (organization)
	// Garman -> Matt Garman (person)
	// AWS -> Amazon Web Services (organization)
}
