window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "qian.hr@example.com",
      "createdVia" : "web",
      "username" : "qian_hr",
      "accountId" : "1145661883282397731",
      "createdAt" : "2019-07-01T11:54:13.470Z",
      "accountDisplayName" : "钱招聘"
    }
  }
]