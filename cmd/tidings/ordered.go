package main

import (
	"context"
	"sync"
)

// orderedPool runs jobs on n goroutines and hands their results to emit
// in submission order, holding at most about 2n results in memory.
type orderedPool[T any] struct {
	ctx     context.Context
	slots   chan chan T
	emitted chan error
	sem     chan struct{}
	wg      sync.WaitGroup
}

func newOrderedPool[T any](ctx context.Context, n int, emit func(T) error) *orderedPool[T] {
	p := &orderedPool[T]{ctx: ctx, slots: make(chan chan T, 2*n), emitted: make(chan error, 1), sem: make(chan struct{}, n)}
	go func() {
		var err error
		for slot := range p.slots {
			v := <-slot
			if err == nil {
				err = emit(v)
			}
		}
		p.emitted <- err
	}()
	return p
}

// submit queues job; it blocks while the pool is full.
func (p *orderedPool[T]) submit(job func() T) error {
	if err := p.ctx.Err(); err != nil {
		return err
	}
	slot := make(chan T, 1)
	p.slots <- slot
	p.sem <- struct{}{}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		defer func() { <-p.sem }()
		slot <- job()
	}()
	return nil
}

// wait waits for every job and returns the first emit error.
func (p *orderedPool[T]) wait() error {
	p.wg.Wait()
	close(p.slots)
	return <-p.emitted
}
