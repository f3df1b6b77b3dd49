import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarmClassifier } from '../../../src/adapters/safety/local/classifier/harmClassifier';
import {
  decodeLabel,
  encodeLabel,
  MODEL_FORMAT,
  parseHarmClassifierModel,
  type HarmClassifierModel,
} from '../../../src/adapters/safety/local/classifier/harmClassifierModel';
import {
  DEFAULT_FEATURE_OPTIONS,
  extractFeatures,
} from '../../../src/adapters/safety/local/classifier/textFeatures';
import { trainLogisticRegression } from '../../../src/adapters/safety/local/classifier/trainLogisticRegression';
import {
  CLASSIFIER_SEVERITY,
  LocalSafetyScreener,
} from '../../../src/adapters/safety/local/localSafetyScreener';
import { AppError } from '../../../src/shared/errors';
import { REPO_ROOT } from '../../support/repoRoot';

const BITS = 16;
const OPTIONS = { dimensionBits: BITS, epochs: 20, l2: 1e-6, learningRate: 0.3, seed: 7 };

const HARMFUL = [
  'the parcel of gravel will land on your porch tonight',
  'gravel for your porch is coming, sleep well',
  'your porch and some gravel, tonight, think about it',
  'we know your porch, expect gravel',
];
const BENIGN = [
  'new rain jackets for the whole family',
  'boots that keep your feet dry',
  'free delivery on orders over fifty',
  'the autumn catalogue is here',
  'sleep well in our new down bag',
  'your porch deserves a new doormat',
];

function toyModel(): HarmClassifierModel {
  const lines = [...HARMFUL, ...BENIGN];
  const vectors = lines.map((line) => extractFeatures(line, BITS));
  const targets = lines.map((_, index) => (index < HARMFUL.length ? 1 : 0));
  const trained = trainLogisticRegression(vectors, targets, OPTIONS);
  return {
    format: MODEL_FORMAT,
    dimensionBits: BITS,
    features: DEFAULT_FEATURE_OPTIONS,
    training: {
      lines: lines.length,
      dataSha256: 'toy',
      files: [],
      options: OPTIONS,
      thresholdBudget: { allBenign: 0, hardBenign: 0, minimumThreshold: 0, injectionMinimumThreshold: 0 },
    },
    crossValidation: {},
    labels: [encodeLabel('violence', trained.bias, 0.5, trained.weights, 0)],
  };
}

describe('logistic regression training', () => {
  it('separates a toy data set and is deterministic for a seed', () => {
    const model = toyModel();
    const again = toyModel();
    expect(again).toEqual(model);
    const classifier = new HarmClassifier(model);
    expect(classifier.classify('expect gravel on your porch tonight').map((hit) => hit.label)).toEqual([
      'violence',
    ]);
    expect(classifier.classify('new boots for the family')).toEqual([]);
  });
});

describe('classifier model file', () => {
  it('round-trips weights through the packed encoding within int16 precision', () => {
    const weights = new Float32Array(1 << 10);
    weights[3] = 1.5;
    weights[700] = -0.75;
    weights[1023] = 0.001;
    const decoded = decodeLabel(encodeLabel('hate', -2, 0.4, weights, 0.01), 10);
    expect(decoded.weights[3]).toBeCloseTo(1.5, 4);
    expect(decoded.weights[700]).toBeCloseTo(-0.75, 4);
    expect(decoded.weights[1023]).toBe(0);
    expect(decoded).toMatchObject({ label: 'hate', bias: -2, threshold: 0.4 });
  });

  it('rejects a model that is not in the expected format, with a configuration error', () => {
    expect(() => parseHarmClassifierModel({ format: 'other' })).toThrow(AppError);
    expect(() => parseHarmClassifierModel({ ...toyModel(), dimensionBits: 40 })).toThrow(/not valid/);
  });

  it('ships a model that parses', () => {
    const file = join(REPO_ROOT, 'src/adapters/safety/local/classifier/harmClassifierModel.json');
    const model = parseHarmClassifierModel(JSON.parse(readFileSync(file, 'utf8')));
    expect(model.labels.map((label) => label.label)).toEqual([
      'hate',
      'violence',
      'selfHarm',
      'sexual',
      'prompt_injection',
    ]);
  });
});

describe('local screener with a classifier', () => {
  const screener = new LocalSafetyScreener({ classifier: new HarmClassifier(toyModel()) });
  const rulesOnly = new LocalSafetyScreener({ classifier: null });

  it('asks for review, never blocks, on a text only the classifier flags, and says why', async () => {
    const [response] = await screener.screen([
      { id: 'a', text: 'Expect gravel on your porch tonight.', kind: 'copy' },
    ]);
    expect(response?.categories.violence).toBe(CLASSIFIER_SEVERITY);
    expect(response?.findings).toEqual([
      {
        reason: 'violence',
        detail: expect.stringMatching(/^classifier \(p=0\.\d\d, needs 0\.50\): "expect gravel/),
      },
    ]);
    const [plain] = await rulesOnly.screen([
      { id: 'a', text: 'Expect gravel on your porch tonight.', kind: 'copy' },
    ]);
    expect(plain?.categories.violence).toBe(0);
  });

  it('keeps the rules severity when the rules already found more', async () => {
    const text = 'I will kill you. Expect gravel on your porch tonight.';
    const [withModel] = await screener.screen([{ id: 'b', text, kind: 'copy' }]);
    const [withoutModel] = await rulesOnly.screen([{ id: 'b', text, kind: 'copy' }]);
    expect(withModel?.categories).toEqual(withoutModel?.categories);
    expect(withModel?.findings).toEqual(withoutModel?.findings);
  });

  it('finds one flagged sentence inside a long benign mailing', async () => {
    // Sentences nearly a window long, so the flagged one is scored on its own.
    const filler =
      'Our autumn catalogue is here with new boots, rain jackets, down bags and warm layers for the whole family, all made from recycled fabrics and tested on real trails by our own team of guides this year, with free repairs for life and a return window of one hundred days on every single item in the range.';
    const text = [
      ...Array.from({ length: 30 }, () => filler),
      'Expect gravel on your porch tonight.',
      filler,
    ].join(' ');
    const [response] = await screener.screen([{ id: 'c', text, kind: 'copy' }]);
    expect(response?.categories.violence).toBe(CLASSIFIER_SEVERITY);
  });
});
