import { html, type TemplateResult } from 'lit-html';
import { apiKey, gql } from '../api';
import { keyForm, refusedKey } from '../components/key-form';
import { Pager, type PageInfo } from '../components/pager';
import { empty } from '../components/states';
import type { Route } from '../route';
import { REVIEW_ITEM_FIELDS, reviewItem, type ReviewItem } from './review-item';

const PAGE_SIZE = 10;

interface ReviewData {
  reviewQueue: { totalCount: number; pageInfo: PageInfo; edges: { node: ReviewItem }[] };
}

const QUERY = `query($first: Int, $after: String) { reviewQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${REVIEW_ITEM_FIELDS} } } } }`;

/** The review queue (analysts): each item with its source beside the values read from it. */
export async function reviewView(route: Route): Promise<TemplateResult> {
  const intro = 'The review queue is for analysts: what to check, with the document beside it.';
  if (!apiKey.get()) {
    return keyForm('Review', intro, 'review');
  }
  const pager = new Pager(route, 'after', PAGE_SIZE);
  let data: ReviewData;
  try {
    data = await gql<ReviewData>(QUERY, { first: PAGE_SIZE, after: pager.after });
  } catch (error) {
    if (refusedKey(error)) {
      return keyForm(
        'Review',
        `That key cannot open this page (${(error as Error).message}).`,
        'review',
      );
    }
    throw error;
  }
  const queue = data.reviewQueue;
  return html`<h1>Review</h1>
    <p class="lede">
      Most important first: low-confidence extractions, answers their own words contradict, claims
      the published outcomes doubt, flags on landlords with few assessments, unmatched outcome
      names.
    </p>
    ${
      queue.edges.length === 0
        ? empty('Nothing to review.')
        : html`${queue.edges.map(({ node }) => reviewItem(node))}
          ${pager.view('items', queue.edges.length, queue.totalCount, queue.pageInfo)}`
    }`;
}
