// face-api's SSD MobileNet v1 face detector, run with the same weights but fewer operations:
// - each depthwise layer's batch norm is folded into its filters and a bias once, at load, so a
//   layer is one fused depthwise conv + bias + ReLU6 instead of conv, batch norm and clip;
// - pointwise and predictor convs are fused with their bias (and ReLU6) the same way;
// - boxes are decoded and suppressed in plain JS from one read of the outputs (face-api's own
//   suppression reads the whole 5,118-box tensor again for every pair it compares).
// Same algorithm as face-api's SsdMobilenetv1 (src/ssdMobilenetv1/*), so it finds the same faces;
// the sums only run in a different order (float rounding, ~1e-6). See tests/unit/image/ssd.test.ts.
import type * as FaceApiModule from '@vladmandic/face-api';
import type { FaceApi } from './faces';

// face-api's bundled tfjs is the full library; its typings list only part of it.
type Tf = typeof import('@tensorflow/tfjs');
type Tensor = import('@tensorflow/tfjs').Tensor;
type Tensor4D = import('@tensorflow/tfjs').Tensor4D;

interface ConvParams { filters: Tensor4D; bias: Tensor }
interface PointwiseParams { filters: Tensor4D; batch_norm_offset: Tensor }
interface DepthwiseParams {
  filters: Tensor4D;
  batch_norm_scale: Tensor;
  batch_norm_offset: Tensor;
  batch_norm_mean: Tensor;
  batch_norm_variance: Tensor;
}
interface BoxPredictorParams { box_encoding_predictor: ConvParams; class_predictor: ConvParams }
/** The shape of face-api's SSD params (ssdMobilenetv1/types.ts NetParams). */
interface SsdParams {
  mobilenetv1: Record<string, PointwiseParams | { depthwise_conv: DepthwiseParams; pointwise_conv: PointwiseParams }>;
  prediction_layer: Record<string, PointwiseParams | BoxPredictorParams>;
  output_layer: { extra_dim: Tensor };
}

/** face-api's batch-norm epsilon (mobileNetV1.ts). */
const BN_EPSILON = 0.0010000000474974513;
const INPUT_SIZE = 512;
const IOU_THRESHOLD = 0.5;
/** MobileNet layers (1-based) whose depthwise conv has stride 2. */
const STRIDE_2_LAYERS = new Set([2, 4, 6, 12]);

interface FoldedConv { filter: Tensor4D; bias: Tensor }
interface FoldedSsd {
  conv0: FoldedConv;
  pairs: Array<{ depthwise: FoldedConv; pointwise: FoldedConv; stride: 1 | 2 }>;
  extra: FoldedConv[];
  predictors: Array<{ box: FoldedConv; cls: FoldedConv }>;
  /** Anchor boxes (5,118 × 4), read once. */
  anchors: Float32Array;
}

const folded = new WeakMap<object, FoldedSsd>();

function foldDepthwise(tf: Tf, p: DepthwiseParams): FoldedConv {
  return tf.tidy(() => {
    const channels = p.filters.shape[2];
    const scale = tf.div(p.batch_norm_scale, tf.sqrt(tf.add(p.batch_norm_variance, BN_EPSILON)));
    const filter = tf.mul(p.filters, tf.reshape(scale, [1, 1, channels, 1])) as Tensor4D;
    const bias = tf.sub(p.batch_norm_offset, tf.mul(p.batch_norm_mean, scale));
    return { filter: tf.keep(filter), bias: tf.keep(bias) };
  });
}

const pointwise = (p: PointwiseParams): FoldedConv => ({ filter: p.filters, bias: p.batch_norm_offset });
const conv = (p: ConvParams): FoldedConv => ({ filter: p.filters, bias: p.bias });

function foldParams(tf: Tf, params: SsdParams): FoldedSsd {
  const m = params.mobilenetv1;
  const pairs: FoldedSsd['pairs'] = [];
  for (let layer = 1; layer <= 13; layer++) {
    const pair = m[`conv_${layer}`] as { depthwise_conv: DepthwiseParams; pointwise_conv: PointwiseParams };
    pairs.push({ depthwise: foldDepthwise(tf, pair.depthwise_conv), pointwise: pointwise(pair.pointwise_conv), stride: STRIDE_2_LAYERS.has(layer) ? 2 : 1 });
  }
  const pl = params.prediction_layer;
  const extra = Array.from({ length: 8 }, (_, i) => pointwise(pl[`conv_${i}`] as PointwiseParams));
  const predictors = Array.from({ length: 6 }, (_, i) => {
    const p = pl[`box_predictor_${i}`] as BoxPredictorParams;
    return { box: conv(p.box_encoding_predictor), cls: conv(p.class_predictor) };
  });
  const anchors = params.output_layer.extra_dim.dataSync() as Float32Array;
  return { conv0: pointwise(m.conv_0 as PointwiseParams), pairs, extra, predictors, anchors };
}

function relu6Conv(tf: Tf, x: Tensor4D, c: FoldedConv, stride: 1 | 2): Tensor4D {
  return tf.fused.conv2d({ x, filter: c.filter, strides: [stride, stride], pad: 'same', bias: c.bias, activation: 'relu6' });
}

/** Box encodings [n,4] and class logits [n,3] of the six predictor heads, concatenated in face-api's order. */
function forward(tf: Tf, net: FoldedSsd, batch: Tensor4D): { encodings: Tensor; logits: Tensor } {
  return tf.tidy(() => {
    const x = tf.sub(tf.div(batch, 127.5), 1) as Tensor4D;
    let out = relu6Conv(tf, x, net.conv0, 2);
    let conv11: Tensor4D | undefined;
    net.pairs.forEach(({ depthwise, pointwise, stride }, i) => {
      out = tf.fused.depthwiseConv2d({ x: out, filter: depthwise.filter, strides: [stride, stride], pad: 'same', bias: depthwise.bias, activation: 'relu6' });
      out = relu6Conv(tf, out, pointwise, 1);
      if (i + 1 === 11) conv11 = out;
    });
    const e = net.extra;
    const c0 = relu6Conv(tf, out, e[0]!, 1);
    const c1 = relu6Conv(tf, c0, e[1]!, 2);
    const c3 = relu6Conv(tf, relu6Conv(tf, c1, e[2]!, 1), e[3]!, 2);
    const c5 = relu6Conv(tf, relu6Conv(tf, c3, e[4]!, 1), e[5]!, 2);
    const c7 = relu6Conv(tf, relu6Conv(tf, c5, e[6]!, 1), e[7]!, 2);
    const sources = [conv11!, out, c1, c3, c5, c7];
    const linear = (input: Tensor4D, c: FoldedConv) => tf.fused.conv2d({ x: input, filter: c.filter, strides: [1, 1], pad: 'same', bias: c.bias });
    const encodings = tf.concat(sources.map((s, i) => tf.reshape(linear(s, net.predictors[i]!.box), [-1, 4])), 0);
    const logits = tf.concat(sources.map((s, i) => tf.reshape(linear(s, net.predictors[i]!.cls), [-1, 3])), 0);
    return { encodings, logits };
  });
}

/** Anchor + encoding → [ymin, xmin, ymax, xmax], relative (outputLayer.ts decodeBoxesLayer). */
function decodeBox(anchors: Float32Array, enc: Float32Array, i: number, out: Float64Array): void {
  const o = i * 4;
  const h = anchors[o + 2]! - anchors[o]!;
  const w = anchors[o + 3]! - anchors[o + 1]!;
  const cy = anchors[o]! + h / 2;
  const cx = anchors[o + 1]! + w / 2;
  const halfH = (Math.exp(enc[o + 2]! / 5) * h) / 2;
  const midY = (enc[o]! / 10) * h + cy;
  const halfW = (Math.exp(enc[o + 3]! / 5) * w) / 2;
  const midX = (enc[o + 1]! / 10) * w + cx;
  out[o] = midY - halfH;
  out[o + 1] = midX - halfW;
  out[o + 2] = midY + halfH;
  out[o + 3] = midX + halfW;
}

function iou(b: Float64Array, i: number, j: number): number {
  const [ay0, ax0, ay1, ax1] = [Math.min(b[i * 4]!, b[i * 4 + 2]!), Math.min(b[i * 4 + 1]!, b[i * 4 + 3]!), Math.max(b[i * 4]!, b[i * 4 + 2]!), Math.max(b[i * 4 + 1]!, b[i * 4 + 3]!)];
  const [by0, bx0, by1, bx1] = [Math.min(b[j * 4]!, b[j * 4 + 2]!), Math.min(b[j * 4 + 1]!, b[j * 4 + 3]!), Math.max(b[j * 4]!, b[j * 4 + 2]!), Math.max(b[j * 4 + 1]!, b[j * 4 + 3]!)];
  const areaA = (ay1 - ay0) * (ax1 - ax0);
  const areaB = (by1 - by0) * (bx1 - bx0);
  if (areaA <= 0 || areaB <= 0) return 0;
  const inter = Math.max(Math.min(ay1, by1) - Math.max(ay0, by0), 0) * Math.max(Math.min(ax1, bx1) - Math.max(ax0, bx0), 0);
  return inter / (areaA + areaB - inter);
}

/** Greedy suppression as face-api's nonMaxSuppression.ts: best score first, drop any box overlapping a kept one by more than the threshold. */
function suppress(boxes: Float64Array, scores: Float64Array, candidates: number[], maxResults: number): number[] {
  const order = candidates.sort((a, b) => scores[b]! - scores[a]!);
  const kept: number[] = [];
  for (const i of order) {
    if (kept.length >= maxResults) break;
    if (kept.every((k) => iou(boxes, i, k) <= IOU_THRESHOLD)) kept.push(i);
  }
  return kept;
}

/** Drop-in for `faceapi.detectAllFaces(input, new SsdMobilenetv1Options({ minConfidence, maxResults }))`. */
export async function detectFacesSsd(faceapi: FaceApi, input: FaceApiModule.tf.Tensor3D, minConfidence: number, maxResults: number): Promise<FaceApiModule.FaceDetection[]> {
  const tf = faceapi.tf as unknown as Tf;
  const params = faceapi.nets.ssdMobilenetv1.params as unknown as SsdParams | undefined;
  if (!params) throw new Error('SSD MobileNet: model not loaded');
  let net = folded.get(params);
  if (!net) folded.set(params, (net = foldParams(tf, params)));

  const netInput = await faceapi.toNetInput(input as never);
  const batch = netInput.toBatchTensor(INPUT_SIZE, false) as unknown as Tensor4D;
  const { encodings, logits } = forward(tf, net, batch);
  batch.dispose();
  const enc = (await encodings.data()) as Float32Array;
  const cls = (await logits.data()) as Float32Array;
  encodings.dispose();
  logits.dispose();

  const n = enc.length / 4;
  const boxes = new Float64Array(n * 4);
  const scores = new Float64Array(n);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    // face-api keeps class 1 ("face") of the three logits, through a sigmoid.
    scores[i] = 1 / (1 + Math.exp(-cls[i * 3 + 1]!));
    if (scores[i]! > minConfidence) {
      candidates.push(i);
      decodeBox(net.anchors, enc, i, boxes);
    }
  }
  const kept = suppress(boxes, scores, candidates, Math.min(maxResults, n));

  const reshaped = netInput.getReshapedInputDimensions(0);
  const padX = INPUT_SIZE / reshaped.width;
  const padY = INPUT_SIZE / reshaped.height;
  const dims = { height: netInput.getInputHeight(0), width: netInput.getInputWidth(0) };
  return kept.map((i) => {
    const top = Math.max(0, boxes[i * 4]!) * padY;
    const bottom = Math.min(1, boxes[i * 4 + 2]!) * padY;
    const left = Math.max(0, boxes[i * 4 + 1]!) * padX;
    const right = Math.min(1, boxes[i * 4 + 3]!) * padX;
    return new faceapi.FaceDetection(scores[i]!, new faceapi.Rect(left, top, right - left, bottom - top), dims);
  });
}
