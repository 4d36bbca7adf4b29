import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * The signed inspection report as a printable A4 PDF in Chinese (贷后检查报告) for the paper file: the
 * bank's header, the report's fields and the reviewer's sign-off. The font is Noto Sans SC (Noto Sans
 * Hans, OFL) shipped by the npm package @embedpdf/fonts-sc, embedded as a subset.
 */

export interface InspectionReportPdfData {
  /** The bank (the institution's name, else the head office's). */
  readonly institution: string;
  readonly branchName: string;
  readonly reportId: string;
  readonly taskKind: string;
  readonly mode: string;
  readonly customerName: string;
  readonly customerNo: string;
  readonly loanNo: string | null;
  readonly inspectedOn: string;
  readonly findings: readonly { area: string; assessment: string; note: string }[];
  readonly flags: readonly string[];
  /** Key figures in yuan (already formatted) and the two ratios in %, when collected. */
  readonly figures: readonly { label: string; value: string }[];
  readonly riskOpinion: string;
  readonly proposedMeasures: string | null;
  readonly author: string;
  readonly submittedOn: string;
  readonly reviewer: string;
  readonly signedAt: string;
  readonly reviewComments: string | null;
}

let fonts: { regular: Buffer; bold: Buffer } | null = null;

function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    fonts = {
      regular: readFileSync(join(dir, 'NotoSansHans-Regular.otf')),
      bold: readFileSync(join(dir, 'NotoSansHans-Bold.otf')),
    };
  }
  return fonts;
}

const KIND_ZH: Record<string, string> = {
  first: '首次检查',
  periodic: '定期检查',
  adhoc: '不定期检查',
  spot_check: '抽查',
};
const MODE_ZH: Record<string, string> = { onsite: '现场检查', offsite: '非现场检查' };
export const AREA_ZH: Record<string, string> = {
  useOfFunds: '贷款资金使用情况',
  operations: '经营情况',
  finances: '财务状况',
  guarantor: '保证人情况',
  collateral: '抵质押物情况',
};
export const ASSESSMENT_ZH: Record<string, string> = { normal: '正常', attention: '关注', adverse: '不利' };
export const FLAG_ZH: Record<string, string> = {
  fund_misuse: '挪用贷款资金',
  business_deterioration: '经营状况恶化',
  lost_contact: '借款人失联',
};

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

/** Renders the PDF (bytes). */
export function renderInspectionReportPdf(d: InspectionReportPdfData): Promise<Buffer> {
  const f = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: `贷后检查报告 第${d.reportId}号`, Author: d.institution, Subject: d.customerName },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('zh', f.regular);
  doc.registerFont('zh-bold', f.bold);
  const width = A4.width - 2 * MARGIN;

  // Header: the bank, the branch, the title, a rule.
  doc.font('zh-bold').fontSize(18).text(d.institution, { align: 'center' });
  if (d.branchName !== d.institution) {
    doc.font('zh').fontSize(11).fillColor('#444').text(d.branchName, { align: 'center' });
  }
  doc.moveDown(0.6);
  doc
    .font('zh-bold')
    .fontSize(16)
    .fillColor('#000')
    .text('贷后检查报告', { align: 'center', characterSpacing: 4 });
  doc
    .font('zh')
    .fontSize(9)
    .fillColor('#666')
    .text(`编号：JC-${d.reportId.padStart(8, '0')}`, { align: 'right' });
  const ruleY = doc.y + 2;
  doc
    .moveTo(MARGIN, ruleY)
    .lineTo(MARGIN + width, ruleY)
    .lineWidth(1.2)
    .strokeColor('#8b0000')
    .stroke();
  doc.moveDown(0.8);
  doc.fillColor('#000');

  // Facts in a two-column grid.
  const facts: [string, string][] = [
    ['客户名称', d.customerName],
    ['客户编号', d.customerNo],
    ['借据号', d.loanNo ?? '（客户整体检查）'],
    ['检查类型', KIND_ZH[d.taskKind] ?? d.taskKind],
    ['检查方式', MODE_ZH[d.mode] ?? d.mode],
    ['检查日期', d.inspectedOn],
  ];
  const colW = width / 2;
  for (let i = 0; i < facts.length; i += 2) {
    const y = doc.y;
    for (let j = 0; j < 2; j++) {
      const fact = facts[i + j];
      if (!fact) continue;
      doc
        .font('zh-bold')
        .fontSize(10)
        .text(`${fact[0]}：`, MARGIN + j * colW, y, { continued: true });
      doc.font('zh').text(fact[1], { width: colW - 10 });
    }
    doc.x = MARGIN;
    doc.moveDown(0.3);
  }

  const section = (title: string) => {
    doc.moveDown(0.6);
    doc.x = MARGIN;
    doc.font('zh-bold').fontSize(12).fillColor('#8b0000').text(title);
    doc.fillColor('#000').moveDown(0.2);
  };
  const para = (text: string) =>
    doc.font('zh').fontSize(10.5).text(text, MARGIN, doc.y, { width, lineGap: 2 });

  section('一、检查内容');
  for (const finding of d.findings) {
    doc
      .font('zh-bold')
      .fontSize(10.5)
      .text(
        `${AREA_ZH[finding.area] ?? finding.area}（${ASSESSMENT_ZH[finding.assessment] ?? finding.assessment}）`,
        {
          width,
        },
      );
    para(finding.note);
    doc.moveDown(0.3);
  }
  if (d.figures.length > 0) {
    section('二、主要财务指标');
    for (const fig of d.figures) {
      const y = doc.y;
      doc
        .font('zh')
        .fontSize(10.5)
        .text(fig.label, MARGIN, y, { width: width / 2 });
      doc.text(fig.value, MARGIN + width / 2, y, { width: width / 2, align: 'right' });
      doc.x = MARGIN;
    }
  }
  section(`${d.figures.length > 0 ? '三' : '二'}、风险提示`);
  para(
    d.flags.length > 0 ? d.flags.map((x) => FLAG_ZH[x] ?? x).join('；') : '未发现挪用、经营恶化或失联情形。',
  );
  section(`${d.figures.length > 0 ? '四' : '三'}、风险意见`);
  para(d.riskOpinion);
  if (d.proposedMeasures) {
    section(`${d.figures.length > 0 ? '五' : '四'}、拟采取措施`);
    para(d.proposedMeasures);
  }

  // Sign-off block.
  doc.moveDown(1.2);
  if (doc.y > A4.height - MARGIN - 120) doc.addPage();
  const boxY = doc.y;
  doc.rect(MARGIN, boxY, width, 96).lineWidth(0.8).strokeColor('#999').stroke();
  const line = (label: string, value: string, x: number, y: number) => {
    doc.font('zh-bold').fontSize(10.5).fillColor('#000').text(`${label}：`, x, y, { continued: true });
    doc.font('zh').text(value);
  };
  line('检查人', d.author, MARGIN + 12, boxY + 12);
  line('提交日期', d.submittedOn, MARGIN + colW, boxY + 12);
  line('审查人', d.reviewer, MARGIN + 12, boxY + 36);
  line('签批时间', d.signedAt, MARGIN + colW, boxY + 36);
  line('审查意见', d.reviewComments ?? '同意', MARGIN + 12, boxY + 60);
  doc
    .font('zh-bold')
    .fontSize(12)
    .fillColor('#8b0000')
    .text('已签批', MARGIN + width - 70, boxY + 60);
  doc.fillColor('#000');

  // Footer on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin: without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc
      .font('zh')
      .fontSize(8)
      .fillColor('#888')
      .text(
        `${d.institution} · 贷后检查报告 JC-${d.reportId.padStart(8, '0')} · 第 ${i + 1} / ${range.count} 页 · 本报告由系统在签批时生成并归入信贷档案`,
        MARGIN,
        A4.height - MARGIN + 16,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  return done;
}
