// Messages of the administration pages. fr and ar are typed against en.
export const adminPagesEn = {};
type AdminPagesMessages = Record<keyof typeof adminPagesEn, string>;
export const adminPagesFr: AdminPagesMessages = {};
export const adminPagesAr: AdminPagesMessages = {};
