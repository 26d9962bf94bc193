window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1495952730227284799",
    "userName" : "han_agent",
    "displayName" : "韩智能体"
  },
  "archiveInfo" : {
    "sizeBytes" : "12840",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "8"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}