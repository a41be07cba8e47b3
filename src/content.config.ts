import { defineCollection } from 'astro:content';
import { contentFolder } from './content/entry-loader.ts';
import { bookSchema, eventSchema, learnerSchema, pageSchema, projectSchema } from './lib/content/schemas.ts';

// Every collection and its schema, in one place. Field rules live in
// src/lib/content so that they are unit-tested without Astro.
const events = defineCollection({
  loader: contentFolder('events'),
  schema: ({ image }) => eventSchema(image()),
});
const books = defineCollection({
  loader: contentFolder('books'),
  schema: ({ image }) => bookSchema(image()),
});
const learners = defineCollection({
  loader: contentFolder('learners'),
  schema: ({ image }) => learnerSchema(image()),
});
const projects = defineCollection({
  loader: contentFolder('projects'),
  schema: ({ image }) => projectSchema(image()),
});
const pages = defineCollection({
  loader: contentFolder('pages'),
  schema: pageSchema,
});

export const collections = { events, books, learners, projects, pages };
